using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Data;
using static WijkPlatform.Web.Tests.Beheer.GebruikersHulp;

namespace WijkPlatform.Web.Tests.Beheer;

public sealed class AuditLogTests(WijkApp app) : IClassFixture<WijkApp>
{
    private static readonly string[] Drie = ["eerste", "tweede", "derde"];

    /// <summary>Rows of this test only: each test passes its own key, found in Wie, Actie and Onderwerp.</summary>
    private async Task SeedAsync(params AuditRegel[] regels) => await app.MetDbAsync(db =>
    {
        db.AuditLog.AddRange(regels);
        return db.SaveChangesAsync();
    });

    private static AuditRegel Regel(DateTime tijdUtc, string wie, string actie, string onderwerp, int? gebruikerId = null, string? details = null) =>
        new() { TijdUtc = DateTime.SpecifyKind(tijdUtc, DateTimeKind.Utc), Wie = wie, Actie = actie, Onderwerp = onderwerp, GebruikerId = gebruikerId, Details = details };

    [Fact]
    public async Task Filters_VernauwenElkOpHunEigenManier()
    {
        var k = Guid.NewGuid().ToString("N")[..8];
        var account = await AccountHulp.MaakAccountAsync(app, Rollen.Redactie);
        // 9 March 2026, 23:30 UTC is already 10 March in Oss (UTC+1).
        await SeedAsync(
            Regel(new(2026, 3, 9, 22, 30, 0), $"Anna {k}", $"test-a-{k}", $"proef{k}:12", account.Id, "eerste"),
            Regel(new(2026, 3, 9, 23, 30, 0), $"Bert {k}", $"test-b-{k}", $"proef{k}:120", null, "tweede"),
            Regel(new(2026, 3, 11, 10, 0, 0), $"Anna {k}", $"test-b-{k}", $"proef{k}:12:slug", account.Id, "derde"));
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        async Task<string[]> Details(string query)
        {
            var html = await beheer.GetStringAsync($"/beheer/audit?{query}", TestContext.Current.CancellationToken);
            return Drie.Where(d => html.Contains($"wijk-audit-details\">{d}<", StringComparison.Ordinal)).ToArray();
        }

        Assert.Equal(["eerste", "tweede", "derde"], await Details($"onderwerp=proef{k}"));
        Assert.Equal(["eerste", "derde"], await Details($"wie=anna+{k}"));
        Assert.Equal(["tweede", "derde"], await Details($"onderwerp=proef{k}&actie=test-b-{k}"));
        Assert.Equal(["tweede", "derde"], await Details($"onderwerp=proef{k}&van=2026-03-10"));
        Assert.Equal(["eerste"], await Details($"onderwerp=proef{k}&tot=9-3-2026"));
        Assert.Equal(["tweede"], await Details($"onderwerp=proef{k}&van=2026-03-10&tot=2026-03-10"));
        Assert.Equal(["eerste", "derde"], await Details($"onderwerp=proef{k}:12"));
        Assert.Equal(["eerste", "derde"], await Details($"account={account.Id}"));
    }

    [Fact]
    public async Task Lijst_NieuwsteEerstEnInPaginas()
    {
        var k = Guid.NewGuid().ToString("N")[..8];
        var begin = new DateTime(2026, 6, 1, 8, 0, 0, DateTimeKind.Utc);
        await SeedAsync([.. Enumerable.Range(1, 55).Select(i => Regel(begin.AddMinutes(i), $"Paginaas {k}", "test-pagina", $"pagina{k}:{i}", details: $"nummer-{i:00}"))]);
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var eerste = await beheer.GetStringAsync($"/beheer/audit?wie={k}", TestContext.Current.CancellationToken);
        var tweede = await beheer.GetStringAsync($"/beheer/audit?wie={k}&pagina=2", TestContext.Current.CancellationToken);

        Assert.True(eerste.IndexOf("nummer-55", StringComparison.Ordinal) < eerste.IndexOf("nummer-54", StringComparison.Ordinal));
        Assert.Contains("nummer-06", eerste, StringComparison.Ordinal);
        Assert.DoesNotContain("nummer-05", eerste, StringComparison.Ordinal);
        Assert.Contains("Auditlog (55 regels), nieuwste eerst, pagina 1 van 2", eerste, StringComparison.Ordinal);
        Assert.Contains($"href=\"/beheer/audit?wie={k}&amp;pagina=2\"", eerste, StringComparison.Ordinal);
        Assert.Equal(5, System.Text.RegularExpressions.Regex.Count(tweede, "nummer-0[1-5]<"));
    }

    [Theory]
    [InlineData("van=2026-13-45", "fout-van", "Vul een datum in zoals 24-11-2026.")]
    [InlineData("tot=gisteren", "fout-tot", "Vul een datum in zoals 24-11-2026.")]
    [InlineData("van=2026-05-02&tot=2026-05-01", "fout-tot", "De datum ‘tot en met’ ligt vóór de datum ‘van’.")]
    [InlineData("account=abc", "fout-account", "Vul het nummer van een account in")]
    [InlineData("account=-4", "fout-account", "Vul het nummer van een account in")]
    [InlineData("actie=%3Cscript%3Ebestaat-niet", "fout-actie", "Kies een actie uit de lijst.")]
    [InlineData("wie=xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx", "fout-wie", "Zoek met hoogstens 200 tekens.")]
    [InlineData("handler=csv&van=31-02-2026", "fout-van", "Vul een datum in zoals 24-11-2026.")]
    public async Task OngeldigFilter_MeldingNaastHetVeld(string query, string id, string melding)
    {
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var response = await beheer.GetAsync($"/beheer/audit?{query}", TestContext.Current.CancellationToken);
        var html = WebUtility.HtmlDecode(await HtmlAsync(response));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"id=\"{id}\">{melding}", html, StringComparison.Ordinal);
        Assert.Contains("<title>Fout: Auditlog", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>bestaat", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_GefilterdeRegelsTegenFormulesBeschermdEnZelfGelogd()
    {
        var k = Guid.NewGuid().ToString("N")[..8];
        await SeedAsync(
            Regel(new(2026, 7, 1, 12, 0, 0), $"=HYPERLINK(\"x\") {k}", "test-csv", $"csv{k}:1", details: "+31 6 1234; \"quote\""),
            Regel(new(2026, 7, 2, 12, 0, 0), $"@SUM(A1) {k}", "test-csv", $"csv{k}:2", details: "-2+3"),
            Regel(new(2026, 7, 3, 12, 0, 0), $"Andere {k}", "test-csv", $"anders{k}:1"));
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var response = await beheer.GetAsync($"/beheer/audit?handler=csv&onderwerp=csv{k}", TestContext.Current.CancellationToken);
        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        var regels = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var export = await app.MetDbAsync(db => db.AuditLog.AsNoTracking().Where(r => r.Actie == "audit-export" && r.Details == $"onderwerp: csv{k}").ToListAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv; charset=utf-8", response.Content.Headers.ContentType?.ToString());
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal(3, regels.Length);
        Assert.Equal("\"Tijd (Nederlandse tijd)\";\"Wie\";\"Account\";\"Actie\";\"Onderwerp\";\"Details\"", regels[0]);
        Assert.Equal($"\"2026-07-02 14:00:00\";\"'@SUM(A1) {k}\";\"\";\"test-csv\";\"csv{k}:2\";\"'-2+3\"", regels[1]);
        Assert.Equal($"\"2026-07-01 14:00:00\";\"'=HYPERLINK(\"\"x\"\") {k}\";\"\";\"test-csv\";\"csv{k}:1\";\"'+31 6 1234; \"\"quote\"\"\"", regels[2]);
        Assert.Single(export);
    }

    [Fact]
    public async Task Auditlog_HeeftGeenKnoppenOmTeWijzigen()
    {
        using var beheer = await app.IngelogdAsync(BeheerEmail);

        var html = await beheer.GetStringAsync("/beheer/audit", TestContext.Current.CancellationToken);
        var post = await PostAsync(beheer, "/beheer/audit", [], "/beheer");

        Assert.DoesNotContain("method=\"post\"", html, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, post.StatusCode);
    }

    [Fact]
    public async Task Bewaking_WijzigenOfVerwijderenViaDeChangeTracker_Gooit()
    {
        var k = Guid.NewGuid().ToString("N");
        await SeedAsync(Regel(new(2026, 8, 1, 12, 0, 0), "Onveranderlijk", "test-bewaking", $"bewaking:{k}", details: "origineel"));

        await using (var scope = app.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WijkDbContext>();
            var regel = await db.AuditLog.SingleAsync(r => r.Onderwerp == $"bewaking:{k}", TestContext.Current.CancellationToken);
            regel.Details = "vervalst";
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
            Assert.Throws<InvalidOperationException>(() => db.SaveChanges());
            db.ChangeTracker.Clear();
            db.AuditLog.Remove(await db.AuditLog.SingleAsync(r => r.Onderwerp == $"bewaking:{k}", TestContext.Current.CancellationToken));
            await Assert.ThrowsAsync<InvalidOperationException>(() => db.SaveChangesAsync(TestContext.Current.CancellationToken));
        }

        var na = await app.MetDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(r => r.Onderwerp == $"bewaking:{k}"));
        Assert.Equal("origineel", na.Details);
    }
}
