using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace WijkPlatform.Web.Pages;

[IgnoreAntiforgeryToken]
public sealed class FoutModel : PageModel
{
    /// <summary>The status to explain, from the route only. No handler method reads it: choosing a handler for a
    /// re-executed POST reads the form, and the form may be the very thing that could not be read.</summary>
    public int Code => int.TryParse(RouteData.Values["code"]?.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var code)
        ? code
        : StatusCodes.Status500InternalServerError;
}
