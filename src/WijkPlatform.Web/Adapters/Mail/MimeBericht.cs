using System.Text;
using MimeKit;
using MimeKit.Text;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Adapters.Mail;

/// <summary>Turns an outbox row into the MIME message both senders hand over, so SMTP and the pickup folder carry
/// exactly the same bytes.</summary>
public static class MimeBericht
{
    public static MimeMessage Maak(OutboxBericht bericht, MailOptions options)
    {
        ArgumentNullException.ThrowIfNull(bericht);
        ArgumentNullException.ThrowIfNull(options);

        var message = new MimeMessage();
        message.From.Add(new MailboxAddress(options.AfzenderNaam, options.Afzender));
        message.To.Add(new MailboxAddress(bericht.AanNaam ?? "", bericht.Aan));
        message.Subject = bericht.Onderwerp;
        // Every attempt sends the same Message-Id and Date, so a retry after an unrecorded success is recognisable
        // as the same message instead of a second one.
        message.MessageId = bericht.MessageId;
        message.Date = new DateTimeOffset(DateTime.SpecifyKind(bericht.AangemaaktUtc, DateTimeKind.Utc));
        // RFC 3834: tells mail programs not to answer with an out-of-office reply.
        message.Headers.Add("Auto-Submitted", "auto-generated");

        var alternatief = new MultipartAlternative
        {
            Tekst(TextFormat.Plain, bericht.Tekst),
            Tekst(TextFormat.Html, bericht.Html),
        };
        message.Body = string.IsNullOrEmpty(bericht.BijlageNaam)
            ? alternatief
            : new Multipart("mixed") { alternatief, Bijlage(bericht.BijlageNaam, bericht.BijlageType, bericht.BijlageInhoud ?? "") };
        return message;
    }

    private static TextPart Tekst(TextFormat formaat, string tekst)
    {
        var deel = new TextPart(formaat) { ContentTransferEncoding = ContentEncoding.QuotedPrintable };
        deel.SetText(Encoding.UTF8, tekst);
        return deel;
    }

    private static MimePart Bijlage(string naam, string? type, string inhoud)
    {
        var contentType = ContentType.Parse(string.IsNullOrWhiteSpace(type) ? "application/octet-stream" : type);
        if (contentType.IsMimeType("text", "calendar") && !contentType.Parameters.Contains("method"))
        {
            // Outlook shows a calendar attachment without a method as an unreadable file instead of an event.
            contentType.Parameters.Add("method", "PUBLISH");
        }

        if (contentType.MediaType.Equals("text", StringComparison.OrdinalIgnoreCase) && contentType.Charset is null)
        {
            contentType.Charset = "utf-8";
        }

        return new MimePart(contentType)
        {
            Content = new MimeContent(new MemoryStream(Encoding.UTF8.GetBytes(inhoud))),
            ContentDisposition = new ContentDisposition(ContentDisposition.Attachment) { FileName = naam },
            // Base64 keeps the CRLF line ends that iCalendar requires intact on the way.
            ContentTransferEncoding = ContentEncoding.Base64,
        };
    }
}
