namespace WijkPlatform.Web.Tests.Pages;

public sealed class HealthTests(WijkApp app) : IClassFixture<WijkApp>
{
    [Fact]
    public async Task Get_Health_AntwoordtGezond()
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync("/health", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
