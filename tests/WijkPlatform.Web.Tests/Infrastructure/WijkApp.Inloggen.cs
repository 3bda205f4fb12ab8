using System.Net;
using WijkPlatform.Web.Infrastructure;

namespace WijkPlatform.Web.Tests.Infrastructure;

public partial class WijkApp
{
    public static readonly string DemoWachtwoord = new AccountOptions().DemoWachtwoord;

    /// <summary>The authenticator key of the demo staff accounts (wijkteam, redactie, beheer).</summary>
    public static readonly string DemoSleutel = new AccountOptions().DemoAuthenticatorSleutel;

    /// <summary>A client signed in as <paramref name="email"/> (a demo account unless a password is given); staff pass the
    /// code step with the current code of their key. The cookie goes with every later request.</summary>
    public async Task<HttpClient> IngelogdAsync(string email, string? wachtwoord = null, string? sleutel = null)
    {
        var client = MaakClient();
        var response = await InloggenAsync(client, email, wachtwoord, sleutel);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.StartsWith("/inloggen", StringComparison.Ordinal) == false,
            $"Inloggen als {email} gaf {(int)response.StatusCode} naar {response.Headers.Location}.");
        return client;
    }

    /// <summary>Both sign-in steps with this client: the password, then, when the site asks for it, the code from
    /// <paramref name="sleutel"/> (the demo key by default). Returns the last answer: a redirect when it worked.</summary>
    public static async Task<HttpResponseMessage> InloggenAsync(HttpClient client, string email, string? wachtwoord = null, string? sleutel = null,
        string returnUrl = "/beheer")
    {
        var response = await PostFormAsync(client, "/inloggen", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Wachtwoord"] = wachtwoord ?? DemoWachtwoord,
            ["ReturnUrl"] = returnUrl,
        });
        var naar = response.Headers.Location?.OriginalString;
        if (response.StatusCode == HttpStatusCode.Redirect && naar?.StartsWith("/inloggen/code", StringComparison.Ordinal) == true)
        {
            response.Dispose();
            response = await PostFormAsync(client, naar, new Dictionary<string, string> { ["Input.Code"] = Totp.Code(sleutel ?? DemoSleutel) });
        }

        return response;
    }
}
