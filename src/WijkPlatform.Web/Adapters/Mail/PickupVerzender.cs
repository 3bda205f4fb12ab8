using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Adapters.Mail;

/// <summary>Writes each message as <c>&lt;message id&gt;.eml</c> into the pickup folder, for development and for a
/// mail server that collects files. Sending a message again replaces its file, so the folder holds it once.</summary>
public sealed class PickupVerzender(IOptions<MailOptions> options, IHostEnvironment environment) : IMailVerzender
{
    private static readonly FormatOptions Opmaak = MaakOpmaak();

    private string Map => Path.GetFullPath(options.Value.PickupMap, environment.ContentRootPath);

    public Task VerzendAsync(OutboxBericht bericht, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        using var message = MimeBericht.Maak(bericht, options.Value);
        var map = Map;
        Directory.CreateDirectory(map);
        var doel = Path.Combine(map, BestandsNaam(bericht.MessageId));
        // Written beside the target under a name no reader looks for, then renamed: a rename within one folder is
        // atomic, so whoever collects *.eml never reads half a message.
        var tijdelijk = Path.Combine(map, $".{Guid.NewGuid():N}.tmp");
        try
        {
            // Written synchronously: the file goes to the page cache in microseconds, and on Linux an "asynchronous"
            // file only hands each write to another thread.
            using (var bestand = new FileStream(tijdelijk, FileMode.CreateNew, FileAccess.Write, FileShare.None, 16 * 1024))
            {
                message.WriteTo(Opmaak, bestand, cancellationToken);
            }

            File.Move(tijdelijk, doel, overwrite: true);
        }
        finally
        {
            File.Delete(tijdelijk);
        }

        return Task.CompletedTask;
    }

    public static string BestandsNaam(string messageId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        var naam = new StringBuilder(messageId.Length + 4);
        foreach (var teken in messageId)
        {
            naam.Append(char.IsAsciiLetterOrDigit(teken) || teken is '@' or '-' or '_' or '.' or '+' ? teken : '_');
        }

        return naam.Append(".eml").ToString();
    }

    private static FormatOptions MaakOpmaak()
    {
        var opmaak = FormatOptions.Default.Clone();
        opmaak.NewLineFormat = NewLineFormat.Dos;
        return opmaak;
    }
}
