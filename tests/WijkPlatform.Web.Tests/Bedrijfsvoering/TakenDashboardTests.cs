using System.Reflection;
using System.Text.RegularExpressions;
using Hangfire;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Web.Adapters.Taken;
using WijkPlatform.Web.Infrastructure;
using WijkPlatform.Web.Tests.Beheer;

namespace WijkPlatform.Web.Tests.Bedrijfsvoering;

public sealed partial class TakenDashboardTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_Anoniem_StuurtNaarInloggen()
    {
        using var client = app.MaakClient();

        var antwoord = await client.GetAsync("/beheer/jobs", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/inloggen?", antwoord.Headers.Location?.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lid.wijkraad@example.nl")]
    [InlineData("wijkteam.ruwaard@example.nl")]
    [InlineData("redactie@example.nl")]
    public async Task Get_AndereRol_KrijgtGeenToegang(string email)
    {
        using var client = await app.IngelogdAsync(email);

        var dashboard = await client.GetAsync("/beheer/jobs", TestContext.Current.CancellationToken);
        var mislukt = await client.GetAsync("/beheer/jobs/jobs/failed", TestContext.Current.CancellationToken);
        var opnieuw = await client.PostAsync("/beheer/jobs/jobs/failed/requeue",
            new FormUrlEncodedContent([new("jobs[]", "1")]), TestContext.Current.CancellationToken);

        foreach (var antwoord in new[] { dashboard, mislukt, opnieuw })
        {
            Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
            Assert.Contains("/geen-toegang?", antwoord.Headers.Location?.OriginalString, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Get_BeheerZonderTweeStaps_MoetEerstTweeStapsInstellen()
    {
        var account = await AccountHulp.MaakAccountAsync(app, Rollen.Beheer);
        using var client = app.MaakClient();
        await WijkApp.InloggenAsync(client, account.Email, account.Wachtwoord);

        var antwoord = await client.GetAsync("/beheer/jobs/jobs/failed", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, antwoord.StatusCode);
        Assert.StartsWith("/beheer/account/tweestaps?", antwoord.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Beheer_ZietHetDashboardZonderVerbindingsgegevens()
    {
        using var client = await app.IngelogdAsync("beheer@example.nl");

        var antwoord = await client.GetAsync("/beheer/jobs", TestContext.Current.CancellationToken);
        var html = await antwoord.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, antwoord.StatusCode);
        Assert.Contains("Achtergrondtaken van het WijkPlatform", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/beheer\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Data Source", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(app.Database.ConnectionString, html, StringComparison.Ordinal);
        Assert.Equal(BeveiligingsHeaders.DashboardCsp, antwoord.Headers.GetValues("Content-Security-Policy").Single());
    }

    [Fact]
    public async Task MislukteTaak_StaatBijFailedEnGaatMetRequeueOpnieuw()
    {
        var sleutel = MislukkendeTaak.Nieuw();
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var id = jobs.Enqueue<MislukkendeTaak>(t => t.Voer(sleutel));
        await WachtOpStatusAsync(id, "Failed");
        using var client = await app.IngelogdAsync("beheer@example.nl");

        var lijst = await client.GetStringAsync("/beheer/jobs/jobs/failed", TestContext.Current.CancellationToken);
        var (header, token) = Formuliertoken(lijst);
        MislukkendeTaak.LaatSlagen(sleutel);
        using var zonderToken = await client.PostAsync("/beheer/jobs/jobs/failed/requeue",
            new FormUrlEncodedContent([new("jobs[]", id)]), TestContext.Current.CancellationToken);
        var statusNaWeigering = Status(id);
        using var verzoek = new HttpRequestMessage(HttpMethod.Post, "/beheer/jobs/jobs/failed/requeue")
        {
            Content = new FormUrlEncodedContent([new("jobs[]", id)]),
        };
        verzoek.Headers.Add(header, token);
        using var opnieuw = await client.SendAsync(verzoek, TestContext.Current.CancellationToken);

        Assert.Contains($"/beheer/jobs/jobs/details/{id}", lijst, StringComparison.Ordinal);
        Assert.Contains($"Proefstoring {sleutel}", lijst, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, zonderToken.StatusCode);
        Assert.Equal("Failed", statusNaWeigering);
        Assert.True(opnieuw.IsSuccessStatusCode, $"Requeue gaf {(int)opnieuw.StatusCode}.");
        await WachtOpStatusAsync(id, "Succeeded");
    }

    [Fact]
    public void Achtergrondtaken_ElkeTaak_BlijftNaEenFoutBijFailedStaan()
    {
        var taken = typeof(Achtergrondtaken).GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly);

        Assert.NotEmpty(taken);
        Assert.All(taken, t =>
        {
            var opnieuw = t.GetCustomAttribute<AutomaticRetryAttribute>();
            Assert.NotNull(opnieuw);
            Assert.Equal(0, opnieuw.Attempts);
            Assert.Equal(AttemptsExceededAction.Fail, opnieuw.OnAttemptsExceeded);
        });
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/activiteiten")]
    [InlineData("/inloggen")]
    [InlineData("/health")]
    [InlineData("/beheer")]
    [InlineData("/beheer/jobsnietechtwaar")]
    [InlineData("/api/activiteiten")]
    public async Task Get_BuitenHetDashboard_HoudtHetStrengeBeleid(string pad)
    {
        using var client = await app.IngelogdAsync("beheer@example.nl");

        var antwoord = await client.GetAsync(pad, TestContext.Current.CancellationToken);

        Assert.Equal(BeveiligingsHeaders.Csp, antwoord.Headers.GetValues("Content-Security-Policy").Single());
    }

    private string? Status(string id)
    {
        using var verbinding = app.Services.GetRequiredService<JobStorage>().GetConnection();
        return verbinding.GetStateData(id)?.Name;
    }

    private async Task WachtOpStatusAsync(string id, string status)
    {
        for (var i = 0; i < 200 && Status(id) != status; i++)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        Assert.Equal(status, Status(id));
    }

    private static (string Header, string Token) Formuliertoken(string html)
    {
        var header = CsrfHeader().Match(html);
        var token = CsrfToken().Match(html);
        Assert.True(header.Success && token.Success, "Het dashboard geeft geen antiforgery-token mee.");
        return (WebUtility.HtmlDecode(header.Groups[1].Value), WebUtility.HtmlDecode(token.Groups[1].Value));
    }

    [GeneratedRegex("<meta name=\"csrf-header\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfHeader();

    [GeneratedRegex("<meta name=\"csrf-token\" content=\"([^\"]+)\"")]
    private static partial Regex CsrfToken();
}
