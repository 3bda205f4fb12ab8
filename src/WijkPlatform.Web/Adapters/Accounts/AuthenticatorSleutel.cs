namespace WijkPlatform.Web.Adapters.Accounts;

/// <summary>How an authenticator key is shown: in groups of four to type over, and as the otpauth:// address an
/// authenticator app reads (the same one a QR code would hold).</summary>
public static class AuthenticatorSleutel
{
    public static string InGroepen(string sleutel)
    {
        ArgumentNullException.ThrowIfNull(sleutel);
        return string.Join(' ', sleutel.Chunk(4).Select(g => new string(g)));
    }

    public static string Adres(string uitgever, string account, string sleutel) =>
        $"otpauth://totp/{Uri.EscapeDataString(uitgever)}:{Uri.EscapeDataString(account)}" +
        $"?secret={sleutel}&issuer={Uri.EscapeDataString(uitgever)}&algorithm=SHA1&digits=6&period=30";
}
