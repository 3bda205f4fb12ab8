using WijkPlatform.Core.Collectieven;
using Xunit;

namespace WijkPlatform.Core.Tests.Collectieven;

public sealed class AgendaImportSlugTests
{
    [Theory]
    [InlineData("Koffie & thee in Café De Haard!", "koffie-thee-in-cafe-de-haard")]
    [InlineData("  --Ĳsbaan  ", "ijsbaan")]
    [InlineData("Print", "print-activiteit")]
    [InlineData("!!!", "activiteit")]
    [InlineData("Zeeën Ölie", "zeeen-olie")]
    public void Slug_Titel_GeeftKleineLettersCijfersEnStreepjes(string titel, string slug)
    {
        Assert.Equal(slug, AgendaImport.Slug(titel));
    }

    [Fact]
    public void Slug_LangeTitel_LaatRuimteVoorVolgnummer()
    {
        var slug = AgendaImport.Slug(string.Join(' ', Enumerable.Repeat("buurtbijeenkomst", 20)));

        Assert.True(slug.Length <= 110);
        Assert.False(slug.EndsWith('-'));
    }
}
