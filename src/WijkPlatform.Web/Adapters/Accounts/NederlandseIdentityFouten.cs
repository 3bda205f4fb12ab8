using Microsoft.AspNetCore.Identity;

namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>Identity's messages in plain Dutch, as people read them next to a form field. The codes stay Identity's own.</summary>
internal sealed class NederlandseIdentityFouten : IdentityErrorDescriber
{
    public override IdentityError DefaultError() => Fout(nameof(DefaultError), "Er ging iets mis. Probeer het opnieuw.");

    public override IdentityError ConcurrencyFailure() =>
        Fout(nameof(ConcurrencyFailure), "Dit account is net ook ergens anders veranderd. Probeer het opnieuw.");

    public override IdentityError PasswordMismatch() => Fout(nameof(PasswordMismatch), "Het wachtwoord klopt niet.");

    public override IdentityError InvalidToken() =>
        Fout(nameof(InvalidToken), "Deze link werkt niet meer. Misschien is hij te oud of al gebruikt. Vraag een nieuwe link aan.");

    public override IdentityError RecoveryCodeRedemptionFailed() =>
        Fout(nameof(RecoveryCodeRedemptionFailed), "Deze herstelcode klopt niet of is al gebruikt.");

    public override IdentityError LoginAlreadyAssociated() => Fout(nameof(LoginAlreadyAssociated), "Dit account is al gekoppeld.");

    public override IdentityError InvalidUserName(string? userName) =>
        Fout(nameof(InvalidUserName), "Dit e-mailadres kunnen we niet gebruiken. Gebruik alleen letters, cijfers en . - _ + @.");

    public override IdentityError InvalidEmail(string? email) =>
        Fout(nameof(InvalidEmail), "Vul een e-mailadres in zoals naam@voorbeeld.nl.");

    public override IdentityError DuplicateUserName(string userName) =>
        Fout(nameof(DuplicateUserName), "Er is al een account met dit e-mailadres.");

    public override IdentityError DuplicateEmail(string email) => Fout(nameof(DuplicateEmail), "Er is al een account met dit e-mailadres.");

    public override IdentityError InvalidRoleName(string? role) => Fout(nameof(InvalidRoleName), $"De rol '{role}' kan niet.");

    public override IdentityError DuplicateRoleName(string role) => Fout(nameof(DuplicateRoleName), $"De rol '{role}' bestaat al.");

    public override IdentityError UserAlreadyHasPassword() =>
        Fout(nameof(UserAlreadyHasPassword), "Dit account heeft al een wachtwoord. Log in, of kies 'Wachtwoord vergeten?'.");

    public override IdentityError UserLockoutNotEnabled() =>
        Fout(nameof(UserLockoutNotEnabled), "Blokkeren na te veel pogingen staat uit voor dit account.");

    public override IdentityError UserAlreadyInRole(string role) => Fout(nameof(UserAlreadyInRole), $"Dit account heeft de rol '{role}' al.");

    public override IdentityError UserNotInRole(string role) => Fout(nameof(UserNotInRole), $"Dit account heeft de rol '{role}' niet.");

    public override IdentityError PasswordTooShort(int length) =>
        Fout(nameof(PasswordTooShort), $"Je wachtwoord is te kort. Gebruik minstens {length} tekens, bijvoorbeeld vier losse woorden.");

    public override IdentityError PasswordRequiresUniqueChars(int uniqueChars) =>
        Fout(nameof(PasswordRequiresUniqueChars), $"Gebruik minstens {uniqueChars} verschillende tekens in je wachtwoord.");

    public override IdentityError PasswordRequiresNonAlphanumeric() =>
        Fout(nameof(PasswordRequiresNonAlphanumeric), "Gebruik minstens één teken dat geen letter of cijfer is, zoals ! of -.");

    public override IdentityError PasswordRequiresDigit() => Fout(nameof(PasswordRequiresDigit), "Gebruik minstens één cijfer (0 tot en met 9).");

    public override IdentityError PasswordRequiresLower() => Fout(nameof(PasswordRequiresLower), "Gebruik minstens één kleine letter (a tot en met z).");

    public override IdentityError PasswordRequiresUpper() => Fout(nameof(PasswordRequiresUpper), "Gebruik minstens één hoofdletter (A tot en met Z).");

    private static IdentityError Fout(string code, string beschrijving) => new() { Code = code, Description = beschrijving };
}
