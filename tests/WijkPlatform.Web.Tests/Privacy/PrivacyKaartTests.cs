using WijkPlatform.Core.Privacy;

namespace WijkPlatform.Web.Tests.Privacy;

/// <summary>A new text column fails this test until someone decides whether it holds personal data, and if so covers it
/// in the privacy search, export and erasure.</summary>
public sealed class PrivacyKaartTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Model_ElkeTekstkolom_IsIngedeeld()
    {
        var kolommen = await app.MetDbAsync(db => Task.FromResult(db.Model.GetEntityTypes()
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == typeof(string)).Select(p => $"{t.ClrType.Name}.{p.Name}"))
            .ToList()));

        var nietIngedeeld = kolommen.Where(k => !PrivacyKaart.Kolommen.ContainsKey(k)).Order().ToList();
        var verouderd = PrivacyKaart.Kolommen.Keys.Where(k => !kolommen.Contains(k)).Order().ToList();

        Assert.True(nietIngedeeld.Count == 0, "Deel in bij PrivacyKaart (en dek persoonsgegevens af in zoeken, export en wissen):\n" + string.Join('\n', nietIngedeeld));
        Assert.True(verouderd.Count == 0, "Staat in PrivacyKaart maar niet meer in het model:\n" + string.Join('\n', verouderd));
    }
}
