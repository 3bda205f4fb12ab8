using Microsoft.AspNetCore.Hosting;
using static WijkPlatform.Web.Tests.Nieuwsbrief.NieuwsbriefHulp;

namespace WijkPlatform.Web.Tests.Nieuwsbrief;

public sealed class NieuwsbriefLimietApp : WijkApp
{
    protected override void Instellingen(IWebHostBuilder builder) => builder.UseSetting("Nieuwsbrief:PostsPerAdresPerUur", "2");
}

public sealed class NieuwsbriefSnelheidslimietTests(NieuwsbriefLimietApp app) : IClassFixture<NieuwsbriefLimietApp>
{
    [Fact]
    public async Task Post_VakerDanDeLimiet_429MaarLezenMagAltijd()
    {
        using var client = app.MaakClient();

        var eerste = await WijkApp.PostFormAsync(client, "/nieuwsbrief", Formulier(NieuwAdres("Een"), "ruwaard"));
        var tweede = await WijkApp.PostFormAsync(client, "/nieuwsbrief", Formulier(NieuwAdres("Twee"), "ruwaard"));
        var derde = await WijkApp.PostFormAsync(client, "/nieuwsbrief", Formulier(NieuwAdres("Drie"), "ruwaard"));

        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, derde.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/nieuwsbrief", TestContext.Current.CancellationToken)).StatusCode);
    }
}
