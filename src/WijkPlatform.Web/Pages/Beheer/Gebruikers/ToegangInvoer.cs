using Microsoft.AspNetCore.Mvc.ModelBinding;
using WijkPlatform.Core.Beheer;

namespace WijkPlatform.Web.Pages.Beheer.Gebruikers;

/// <summary>The checkboxes for roles, wijken and collectives, shared by the invitation and the account page, and
/// where each problem with them is shown.</summary>
public class ToegangInvoer
{
    public List<string> Rollen { get; set; } = [];
    public List<int> Wijken { get; set; } = [];
    public List<int> Collectieven { get; set; } = [];

    public AccountToegang Toegang() => new(Rollen.Distinct().ToList(), Wijken.Distinct().ToList(), Collectieven.Distinct().ToList());

    public static string RolNaam(string rol) => rol switch
    {
        Core.Beheer.Rollen.Collectief => "Lid van een collectief",
        _ => rol,
    };

    public static string RolUitleg(string rol) => rol switch
    {
        Core.Beheer.Rollen.Collectief => "maakt activiteiten van de eigen collectieven en ziet wie zich aanmeldt",
        Core.Beheer.Rollen.Wijkteam => "beoordeelt initiatieven en ziet de monitor van de gekozen wijken",
        Core.Beheer.Rollen.Redactie => "schrijft pagina's en nieuws en kijkt activiteiten na",
        Core.Beheer.Rollen.Beheer => "alles, ook accounts, het auditlog en privacyverzoeken",
        _ => "",
    };

    public static void ToonProblemen(ModelStateDictionary modelState, string prefix, IEnumerable<AccountToegang.Probleem> problemen)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(problemen);
        foreach (var probleem in problemen)
        {
            var (veld, melding) = probleem switch
            {
                AccountToegang.Probleem.GeenRol => ("Rollen", "Kies minstens één rol."),
                AccountToegang.Probleem.OnbekendeRol => ("Rollen", "Kies een rol uit de lijst."),
                AccountToegang.Probleem.OnbekendeWijk => ("Wijken", "Kies een wijk uit de lijst."),
                AccountToegang.Probleem.WijkteamZonderWijk => ("Wijken",
                    "Kies bij de rol Wijkteam minstens één wijk. Zonder wijk ziet dit wijkteamlid geen enkele aanvraag."),
                AccountToegang.Probleem.OnbekendCollectief => ("Collectieven", "Kies een collectief uit de lijst."),
                _ => ("Collectieven", "Kies ook de rol ‘Lid van een collectief’, of haal de vinkjes bij de collectieven weg."),
            };
            modelState.AddModelError($"{prefix}.{veld}", melding);
        }
    }
}

/// <summary>What the partial _Toegang needs besides the form values: the wijken and collectives to choose from.</summary>
public sealed record ToegangKeuzes(ToegangInvoer Invoer, IReadOnlyList<AccountKeuze> Wijken, IReadOnlyList<AccountKeuze> Collectieven);
