using System.Net;
using System.Net.Sockets;
using System.Text;
using WijkPlatform.Core.Collectieven;

namespace WijkPlatform.Web.Adapters.Collectieven;

/// <summary>Fetches a collective's calendar over HTTP with what a feed from outside needs: one overall time limit
/// (a server that sends a byte a second is stopped too), at most 2 MB, redirects followed by hand so each new address
/// is checked again, and connections only to the addresses <see cref="AgendaAdres"/> allows.</summary>
internal sealed partial class HttpAgendaBron(IHttpClientFactory clients, AgendaAdres adressen, ILogger<HttpAgendaBron> logger) : IAgendaBron
{
    public const string Client = "agenda-import";
    public static readonly TimeSpan Tijdslimiet = TimeSpan.FromSeconds(20);
    private const int MaxDoorverwijzingen = 5;

    private const string NietBereikbaar = "De agenda kon niet worden opgehaald: de server is niet bereikbaar. Klopt het adres?";
    private const string NietToegestaan = "De agenda kon niet worden opgehaald: dit adres is niet toegestaan. Gebruik het openbare adres van je agenda.";

    public async Task<AgendaOphalen> HaalOpAsync(Uri url, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(url);
        using var limiet = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limiet.CancelAfter(Tijdslimiet);
        try
        {
            return await HaalAsync(clients.CreateClient(Client), url, limiet.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return AgendaOphalen.Mislukt($"De agenda kon niet worden opgehaald: de server gaf binnen {Tijdslimiet.TotalSeconds:0} seconden geen antwoord.");
        }
        catch (HttpRequestException e) when (e.InnerException is AdresGeweigerdException)
        {
            return AgendaOphalen.Mislukt(NietToegestaan);
        }
        catch (HttpRequestException e)
        {
            LogNietBereikbaar(logger, url.Host, e.Message);
            return AgendaOphalen.Mislukt(NietBereikbaar);
        }
    }

    private async Task<AgendaOphalen> HaalAsync(HttpClient client, Uri url, CancellationToken cancellationToken)
    {
        for (var stap = 0; ; stap++)
        {
            if (!adressen.IsToegestaan(url))
            {
                return AgendaOphalen.Mislukt(stap == 0
                    ? "De agenda kon niet worden opgehaald: het adres moet met https:// beginnen."
                    : "De agenda kon niet worden opgehaald: het adres stuurt door naar een adres dat niet met https:// begint.");
            }

            using var verzoek = new HttpRequestMessage(HttpMethod.Get, url);
            verzoek.Headers.Accept.ParseAdd("text/calendar");
            verzoek.Headers.Accept.ParseAdd("*/*;q=0.5");
            using var antwoord = await client.SendAsync(verzoek, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (IsDoorverwijzing(antwoord.StatusCode))
            {
                if (stap >= MaxDoorverwijzingen || antwoord.Headers.Location is not { } volgende)
                {
                    return AgendaOphalen.Mislukt("De agenda kon niet worden opgehaald: het adres stuurt te vaak door.");
                }

                url = volgende.IsAbsoluteUri ? volgende : new Uri(url, volgende);
                continue;
            }

            if (!antwoord.IsSuccessStatusCode)
            {
                return AgendaOphalen.Mislukt($"De agenda kon niet worden opgehaald: de server antwoordde met foutcode {(int)antwoord.StatusCode}. Klopt het adres?");
            }

            if (antwoord.Content.Headers.ContentLength > AgendaFeed.MaxBytes)
            {
                return AgendaOphalen.Mislukt(AgendaFeed.TeGroot);
            }

            return await LeesAsync(antwoord.Content, cancellationToken);
        }
    }

    /// <summary>Reads at most <see cref="AgendaFeed.MaxBytes"/>, also when the length was not announced or was a lie,
    /// and also after decompression.</summary>
    private static async Task<AgendaOphalen> LeesAsync(HttpContent inhoud, CancellationToken cancellationToken)
    {
        await using var stroom = await inhoud.ReadAsStreamAsync(cancellationToken);
        using var buffer = new MemoryStream();
        var blok = new byte[81920];
        int gelezen;
        while ((gelezen = await stroom.ReadAsync(blok, cancellationToken)) > 0)
        {
            if (buffer.Length + gelezen > AgendaFeed.MaxBytes)
            {
                return AgendaOphalen.Mislukt(AgendaFeed.TeGroot);
            }

            buffer.Write(blok, 0, gelezen);
        }

        // iCalendar is UTF-8 (RFC 5545 3.1.4); a byte that is not becomes a replacement character instead of an error.
        var tekst = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false)
            .GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
        return AgendaOphalen.Gelukt(tekst.TrimStart('\uFEFF'));
    }

    private static bool IsDoorverwijzing(HttpStatusCode code) => code is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Connects only to addresses that <paramref name="adressen"/> allows, checked after the name is resolved:
    /// checking the name alone would let a name that points inside the network through.</summary>
    public static Func<SocketsHttpConnectionContext, CancellationToken, ValueTask<Stream>> Verbinder(AgendaAdres adressen) =>
        async (context, cancellationToken) =>
        {
            var alle = await Dns.GetHostAddressesAsync(context.DnsEndPoint.Host, cancellationToken);
            var toegestaan = alle.Where(adressen.MagVerbinden).ToArray();
            if (toegestaan.Length == 0)
            {
                throw new AdresGeweigerdException(context.DnsEndPoint.Host);
            }

            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                await socket.ConnectAsync(toegestaan, context.DnsEndPoint.Port, cancellationToken);
                return new NetworkStream(socket, ownsSocket: true);
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        };

    [LoggerMessage(Level = LogLevel.Information, Message = "Agenda op {Host} niet bereikbaar: {Reden}")]
    private static partial void LogNietBereikbaar(ILogger logger, string host, string reden);

    private sealed class AdresGeweigerdException(string host) : IOException($"{host} wijst naar een adres dat niet is toegestaan.");
}
