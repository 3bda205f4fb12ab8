using System.ComponentModel.DataAnnotations;
using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using WijkPlatform.Core.Aanmelden;

namespace WijkPlatform.Web.Pages.Aanmelden;

/// <summary>What a resident types in the sign-up form.</summary>
public sealed partial class AanmeldInvoer
{
    [Required(ErrorMessage = "Kies een datum.")]
    [StringLength(40, ErrorMessage = "Kies een datum uit de lijst.")]
    public string? Start { get; set; }

    [Required(ErrorMessage = "Vul je naam in.")]
    [StringLength(AanmeldRegels.MaxNaam, ErrorMessage = "Je naam mag niet langer zijn dan {1} tekens.")]
    [Display(Name = "Naam")]
    public string? Naam { get; set; }

    [StringLength(AanmeldRegels.MaxEmail, ErrorMessage = "Dit e-mailadres is te lang.")]
    [Display(Name = "E-mailadres")]
    public string? Email { get; set; }

    [StringLength(AanmeldRegels.MaxTelefoon, ErrorMessage = "Dit telefoonnummer is te lang.")]
    [Display(Name = "Telefoonnummer")]
    public string? Telefoon { get; set; }

    // Explicit, so the select does not carry the framework's English "field is required" in its markup.
    [Required(ErrorMessage = "Kies met hoeveel personen je komt.")]
    [Range(1, 50, ErrorMessage = "Kies met hoeveel personen je komt.")]
    [Display(Name = "Met hoeveel personen kom je?")]
    public int Personen { get; set; } = 1;

    [StringLength(AanmeldRegels.MaxOpmerking, ErrorMessage = "Je opmerking mag niet langer zijn dan {1} tekens.")]
    [Display(Name = "Opmerking of wens (niet verplicht)")]
    public string? Opmerking { get; set; }

    public bool Akkoord { get; set; }

    /// <summary>A field people never see or fill in; software that fills in every field gives itself away.</summary>
    public string? Website { get; set; }

    public bool IsRobot => !string.IsNullOrEmpty(Website);

    public DateTime? StartUtc =>
        DateTime.TryParseExact(Start, "yyyy-MM-dd'T'HH:mm'Z'", CultureInfo.InvariantCulture,
            DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var start)
            ? DateTime.SpecifyKind(start, DateTimeKind.Utc)
            : null;

    /// <summary>The checks that span fields or that attributes cannot say, all at once, so a resident sees every
    /// problem in one go instead of one after the other.</summary>
    public void Controleer(ModelStateDictionary modelState, int maxPersonen, string prefix = "Input.")
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (Start is not null && StartUtc is null)
        {
            modelState.AddModelError(prefix + nameof(Start), "Kies een datum uit de lijst.");
        }

        if (!AanmeldRegels.IsLeesbaar(Naam))
        {
            modelState.AddModelError(prefix + nameof(Naam), "Je naam bevat tekens die we niet kunnen gebruiken. Typ alleen letters, cijfers en leestekens.");
        }

        if (string.IsNullOrWhiteSpace(Email) && string.IsNullOrWhiteSpace(Telefoon))
        {
            modelState.AddModelError(prefix + nameof(Email), "Vul je e-mailadres of je telefoonnummer in. Eén van de twee is genoeg.");
        }

        // The pattern alone lets control and direction characters through; PostgreSQL refuses a null byte in text.
        if (!string.IsNullOrWhiteSpace(Email) && (!EmailVorm().IsMatch(Email.Trim()) || !AanmeldRegels.IsLeesbaar(Email)))
        {
            modelState.AddModelError(prefix + nameof(Email), "Vul een e-mailadres in zoals naam@voorbeeld.nl.");
        }

        if (!string.IsNullOrWhiteSpace(Telefoon) && !AanmeldRegels.IsTelefoon(Telefoon))
        {
            modelState.AddModelError(prefix + nameof(Telefoon), "Vul een telefoonnummer in zoals 06 12345678 of 0412 123456.");
        }

        if (Personen > maxPersonen)
        {
            modelState.AddModelError(prefix + nameof(Personen), $"Je kunt met hoogstens {maxPersonen} personen komen.");
        }

        if (!AanmeldRegels.IsLeesbaar(Opmerking, regelsToegestaan: true))
        {
            modelState.AddModelError(prefix + nameof(Opmerking), "Je opmerking bevat tekens die we niet kunnen gebruiken.");
        }

        if (!Akkoord)
        {
            modelState.AddModelError(prefix + nameof(Akkoord), "Zet een vinkje als je het goed vindt dat we je gegevens hiervoor bewaren.");
        }
    }

    [GeneratedRegex(@"^[^@\s<>()\[\]\\,;:""]+@[^@\s<>()\[\]\\,;:""]+\.[^@\s<>()\[\]\\,;:"".]{2,}$")]
    private static partial Regex EmailVorm();
}
