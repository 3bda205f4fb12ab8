using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace WijkPlatform.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class FoutModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int? code) => Code = code ?? StatusCodes.Status500InternalServerError;

    public void OnPost(int? code) => OnGet(code);
}
