using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using WijkPlatform.Core.Informatie;

namespace WijkPlatform.Web.Pages.Informatie;

/// <summary>Onafhankelijke cliëntondersteuning: the editable explanation, the "wie helpt mij?" lookup by postcode and the
/// directory. The lookup is a GET form, so an answer has its own address and works without JavaScript.</summary>
public sealed class ClientondersteuningModel(ClientondersteuningQueries queries) : PageModel
{
    /// <summary>Longer than any way of writing a postcode; what is typed is shown back at most this long.</summary>
    public const int MaxLengte = 20;

    [BindProperty(SupportsGet = true, Name = "postcode")]
    public string? Postcode { get; set; }

    public ClientondersteuningTekst? Tekst { get; private set; }

    public ClientondersteuningOverzicht Overzicht { get; private set; } = null!;

    /// <summary>Null until a postcode was asked for.</summary>
    public WieHelptMijAntwoord? Antwoord { get; private set; }

    /// <summary>The message beside the postcode field, when the postcode could not be used.</summary>
    public string? Fout => Antwoord?.Uitkomst switch
    {
        WieHelptMijUitkomst.Leeg => "Vul je postcode in, bijvoorbeeld 5344 VA.",
        WieHelptMijUitkomst.Ongeldig => "Dit is geen postcode. Een postcode heeft 4 cijfers en 2 letters, bijvoorbeeld 5344 VA.",
        _ => null,
    };

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tekst = await queries.TekstAsync(cancellationToken);
        Overzicht = await queries.OverzichtAsync(cancellationToken);
        if (!Request.Query.ContainsKey("postcode"))
        {
            Postcode = null;
            return;
        }

        // Control characters (a null byte) are never part of a postcode; they would only end up in the page.
        var getypt = new string((Postcode ?? "").Select(c => char.IsControl(c) ? ' ' : c).ToArray()).Trim();
        Antwoord = await queries.WieHelptMijAsync(getypt, cancellationToken);
        Postcode = getypt.Length > MaxLengte ? getypt[..MaxLengte] : getypt;
    }
}
