using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using static WijkPlatform.Web.Tests.Aanmelden.AanmeldHulp;

namespace WijkPlatform.Web.Tests.Aanmelden;

/// <summary>A sign-up that goes through is taken before the page (SnelAanmelden); everything else still reaches the page,
/// which shows the form with its errors.</summary>
public sealed class SnelAanmeldenTests(SnelAanmeldenTests.App app) : IClassFixture<SnelAanmeldenTests.App>
{
    private const string Koken = "koken-met-kinderen";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GeldigeAanmelding_ZonderDePagina_ZelfdeAdresAlsDePagina()
    {
        var start = await DatumAsync(app, Koken, 1);
        using var client = app.MaakClient();
        var voor = app.Teller.PostsNaarAanmelden;

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden",
            Formulier(start, "Snelle Sanne", "sanne.snel@example.nl", personen: 2));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/activiteiten/{Koken}/aangemeld?start={Uri.EscapeDataString(Tijd.Iso(start))}&uitkomst=plaats&mail=ja",
            response.Headers.Location!.OriginalString);
        Assert.Equal(voor, app.Teller.PostsNaarAanmelden);
        var aanmelding = Assert.Single(await AanmeldingenAsync(app, Koken, start), a => a.Email == "sanne.snel@example.nl");
        Assert.Equal(AanmeldingStatus.Bevestigd, aanmelding.Status);
        Assert.Equal(2, aanmelding.Personen);
        Assert.Single(await MailsAanAsync(app, "sanne.snel@example.nl"));
    }

    [Fact]
    public async Task FoutInInvoer_DePaginaToontDeFoutEnBewaartDeInvoer()
    {
        var start = await DatumAsync(app, Koken, 1);
        using var client = app.MaakClient();
        var voor = app.Teller.PostsNaarAanmelden;
        var velden = Formulier(start, "Trage Tim", "geen-adres", personen: 1, opmerking: "Graag bij het raam");

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", velden);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Vul een e-mailadres in zoals naam@voorbeeld.nl.", html, StringComparison.Ordinal);
        Assert.Contains("Graag bij het raam", html, StringComparison.Ordinal);
        Assert.Equal(voor + 1, app.Teller.PostsNaarAanmelden);
        Assert.DoesNotContain(await AanmeldingenAsync(app, Koken, start), a => a.Naam == "Trage Tim");
    }

    [Fact]
    public async Task VeldDubbelOfGeenGetal_DePaginaBeslist()
    {
        var start = await DatumAsync(app, Koken, 1);
        using var client = app.MaakClient();
        var voor = app.Teller.PostsNaarAanmelden;
        var velden = Formulier(start, "Twee Keer", "twee.keer@example.nl");
        velden["Input.Personen"] = "twee";

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", velden);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(voor + 1, app.Teller.PostsNaarAanmelden);
        Assert.Empty(await MailsAanAsync(app, "twee.keer@example.nl"));
    }

    [Fact]
    public async Task Robot_DePaginaDoetAlsOfHetLukteEnBewaartNiets()
    {
        var start = await DatumAsync(app, Koken, 1);
        using var client = app.MaakClient();
        var voor = app.Teller.PostsNaarAanmelden;
        var velden = Formulier(start, "Robbie Robot", "robot@example.nl");
        velden["Input.Website"] = "https://spam.example";

        var response = await WijkApp.PostFormAsync(client, $"/activiteiten/{Koken}/aanmelden", velden);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(voor + 1, app.Teller.PostsNaarAanmelden);
        Assert.Empty(await MailsAanAsync(app, "robot@example.nl"));
    }

    [Fact]
    public async Task ZonderAntiforgeryToken_Geweigerd()
    {
        var start = await DatumAsync(app, Koken, 1);
        using var client = app.MaakClient();
        using var form = new FormUrlEncodedContent(Formulier(start, "Zonder Token", "zonder.token@example.nl"));

        var response = await client.PostAsync($"/activiteiten/{Koken}/aanmelden", form, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(await MailsAanAsync(app, "zonder.token@example.nl"));
    }

    public sealed class App : WijkApp
    {
        public PaginaTeller Teller { get; } = new();

        protected override void Instellingen(IWebHostBuilder builder) =>
            builder.ConfigureTestServices(services => services.Configure<MvcOptions>(o => o.Filters.Add(Teller)));
    }

    /// <summary>Counts the posts the sign-up page itself handled.</summary>
    public sealed class PaginaTeller : IPageFilter
    {
        private int posts;

        public int PostsNaarAanmelden => Volatile.Read(ref posts);

        public void OnPageHandlerSelected(PageHandlerSelectedContext context)
        {
        }

        public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
        {
            if (context.ActionDescriptor.ViewEnginePath == "/Aanmelden/Aanmelden" && HttpMethods.IsPost(context.HttpContext.Request.Method))
            {
                Interlocked.Increment(ref posts);
            }
        }

        public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
        {
        }
    }
}
