using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace WijkPlatform.Web.Tests.Pages;

public sealed class FoutpaginaTests(FoutpaginaTests.AppMetFout app) : IClassFixture<FoutpaginaTests.AppMetFout>
{
    [Theory]
    [InlineData("/bestaat-niet")]
    [InlineData("/activiteiten/bestaat-niet")]
    [InlineData("/activiteiten/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/fout/bestaat-niet")]
    public async Task Get_OnbekendAdres_GeeftNederlandse404(string pad)
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync(pad, TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Deze pagina bestaat niet (meer)", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/wijkteam\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_FoutInDeServer_GeeftNederlandse500ZonderDetails()
    {
        using var client = app.MaakClient();

        var response = await client.GetAsync("/test/kapot", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Er ging iets mis", html, StringComparison.Ordinal);
        Assert.DoesNotContain(AppMetFout.Geheim, html, StringComparison.Ordinal);
        Assert.DoesNotContain("InvalidOperationException", html, StringComparison.Ordinal);
    }

    /// <summary>The site plus one endpoint that throws, to see what a resident gets when the server fails.</summary>
    public sealed class AppMetFout : WijkApp
    {
        public const string Geheim = "stacktrace-geheim-42";

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureServices(services => services.AddSingleton<IStartupFilter, KapotFilter>());
        }

        private sealed class KapotFilter : IStartupFilter
        {
            public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
            {
                next(app);
                app.Map("/test/kapot", kapot => kapot.Run(_ => throw new InvalidOperationException(Geheim)));
            };
        }
    }
}
