using System.Text.Json;

namespace WijkPlatform.Web.Tests.Bedrijfsvoering;

internal static class GezondheidHulp
{
    public static readonly string[] Statussen = ["Healthy", "Degraded", "Unhealthy"];

    /// <summary>/health as beheer sees it: the JSON details.</summary>
    public static async Task<JsonElement> DetailsAsync(HttpClient beheer)
    {
        var antwoord = await beheer.GetAsync("/health", TestContext.Current.CancellationToken);
        Assert.Equal("application/json", antwoord.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        return json.RootElement.Clone();
    }

    public static JsonElement Controle(JsonElement details, string naam) => details.GetProperty("controles").GetProperty(naam);

    public static string Status(JsonElement controle) => controle.GetProperty("status").GetString()!;

    public static long Gegeven(JsonElement controle, string naam) => controle.GetProperty("gegevens").GetProperty(naam).GetInt64();
}
