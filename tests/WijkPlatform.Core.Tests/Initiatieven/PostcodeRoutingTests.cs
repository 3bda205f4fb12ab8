using WijkPlatform.Core.Initiatieven;
using Xunit;

namespace WijkPlatform.Core.Tests.Initiatieven;

/// <summary>What a resident types is forgiving about case and spaces (any run of white space around and between the
/// digits and the letters, as people copy postcodes from letters and sites), and strict about everything else: four
/// ASCII digits not starting with 0, then two ASCII letters.</summary>
public sealed class PostcodeRoutingTests
{
    [Theory]
    [InlineData("5344VA")]
    [InlineData("5344va")]
    [InlineData("5344 va")]
    [InlineData("5344 VA")]
    [InlineData(" 5344  VA ")]
    [InlineData("5344\tVa")]
    [InlineData("\u00A05344\u00A0VA")]
    public void Normaliseer_GeldigeSchrijfwijze_Geeft5344VA(string invoer)
    {
        Assert.Equal("5344VA", PostcodeRouting.Normaliseer(invoer));
    }

    [Theory]
    [InlineData("1000AA", "1000AA")]
    [InlineData("9999zz", "9999ZZ")]
    public void Normaliseer_Grenzen_BlijvenGeldig(string invoer, string verwacht)
    {
        Assert.Equal(verwacht, PostcodeRouting.Normaliseer(invoer));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("0344VA")]
    [InlineData("5344V")]
    [InlineData("5344 VAA")]
    [InlineData("534VA")]
    [InlineData("53444VA")]
    [InlineData("VA5344")]
    [InlineData("ABCDVA")]
    [InlineData("53A4VA")]
    [InlineData("5344 V A")]
    [InlineData("5344-VA")]
    [InlineData("5344 12")]
    [InlineData("\u0665\u0663\u0664\u0664VA")] // Arabic-Indic digits
    [InlineData("\u06F5\u06F3\u06F4\u06F4VA")] // Extended Arabic-Indic digits
    [InlineData("\uFF15\uFF13\uFF14\uFF14VA")] // full-width digits
    [InlineData("5344\uFF36\uFF21")] // full-width letters
    [InlineData("5344\u00C9A")] // a letter outside A-Z
    [InlineData("5344VA\0")]
    [InlineData("5344\0VA")]
    [InlineData("\u202E5344VA")] // right-to-left override
    [InlineData("5344\u202EAV")]
    [InlineData("5344VA\u200F")] // right-to-left mark
    [InlineData("5344\u200BVA")] // zero-width space is no white space
    [InlineData("5344VA\n5344VB")]
    public void Normaliseer_GeenPostcode_GeeftNull(string? invoer)
    {
        Assert.Null(PostcodeRouting.Normaliseer(invoer));
    }
}
