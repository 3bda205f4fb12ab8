using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Web.Pages.Beheer.Account;

/// <summary>A new password typed twice. The rules themselves (length, common passwords) are Identity's validators.</summary>
public sealed class NieuwWachtwoordInvoer
{
    [Required(ErrorMessage = "Vul een nieuw wachtwoord in.")]
    [StringLength(200, ErrorMessage = "Dit wachtwoord is te lang. Gebruik hoogstens 200 tekens.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nieuw wachtwoord")]
    public string Wachtwoord { get; set; } = "";

    [Required(ErrorMessage = "Vul het nieuwe wachtwoord nog een keer in.")]
    [Compare(nameof(Wachtwoord), ErrorMessage = "De twee wachtwoorden zijn niet hetzelfde. Vul ze opnieuw in.")]
    [DataType(DataType.Password)]
    [Display(Name = "Nieuw wachtwoord nog een keer")]
    public string Herhaling { get; set; } = "";
}
