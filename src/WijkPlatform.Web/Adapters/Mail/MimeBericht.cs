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
        if (Uri.TryCreate(bericht.AfmeldUrl, UriKind.Absolute, out var afmelden) && afmelden.Scheme is "https" or "http")
        {
            LijstKoppen(message, afmelden, options);
        }

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

    /// <summary>List mail such as the nieuwsbrief: RFC 2369 List-Unsubscribe with RFC 8058 one-click, so a mail program
    /// can show its own unsubscribe button and unsubscribe with a POST that needs no page; RFC 2919 List-Id, so it can
    /// sort and filter the list.</summary>
    private static void LijstKoppen(MimeMessage message, Uri afmelden, MailOptions options)
    {
        message.Headers.Add("List-Unsubscribe", $"<{afmelden.AbsoluteUri}>");
        message.Headers.Add("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        var naam = $"Nieuwsbrief {options.AfzenderNaam}";
        // The phrase is optional; it goes along only when it is plain printable ASCII, which needs no encoding.
        var phrase = naam.All(c => c is >= ' ' and <= '~') ? $"\"{naam.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\" " : "";
        message.Headers.Add("List-Id", $"{phrase}<nieuwsbrief.{afmelden.IdnHost}>");
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
