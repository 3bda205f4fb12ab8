using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using WijkPlatform.Core.Mail;

namespace WijkPlatform.Web.Tests.Mail;

/// <summary>Outbox rows as the sign-up code writes them: text and HTML from MailOpmaak, optionally a calendar file.</summary>
internal static class TestBerichten
{
    public const string Agenda =
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//WijkPlatform//test//NL\r\nMETHOD:PUBLISH\r\nBEGIN:VEVENT\r\n" +
        "UID:buurtlunch-20261201@wijkplatform\r\nDTSTAMP:20261124T093000Z\r\nDTSTART:20261201T110000Z\r\n" +
        "DTEND:20261201T130000Z\r\nSUMMARY:Buurtlunch in café De Haard\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";

    public static OutboxBericht Nieuw(WijkApp app, string onderwerp, string aan = "fatima@example.nl", bool metAgenda = true)
    {
        var inhoud = new MailOpmaak("Wij(k) de Ruwaard")
            .Kop(onderwerp)
            .Alinea("Beste Fatima, je bent aangemeld voor de buurtlunch in café De Haard.")
            .Feiten(("Wanneer", "dinsdag 1 december, 12:00–14:00"), ("Waar", "Wijkhuis De Haard"))
            .Maak(onderwerp, metAgenda ? new MailBijlage("activiteit.ics", "text/calendar", Agenda) : null);
        return OutboxBericht.Nieuw("test", aan, "Fatima el Amrani", inhoud, app.Klok.Nu.UtcDateTime);
    }

    public static Task<int> SchrijfAsync(WijkApp app, params OutboxBericht[] berichten) =>
        app.MetDbAsync(db =>
        {
            db.Outbox.AddRange(berichten);
            return db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

    public static Task<OutboxBericht> LeesAsync(WijkApp app, long id) =>
        app.MetDbAsync(db => db.Outbox.AsNoTracking().SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken));

    public static async Task<int> VerwerkAsync(WijkApp app)
    {
        await using var scope = app.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<OutboxVerwerker>().VerwerkAsync(TestContext.Current.CancellationToken);
    }

    public static int Aantal(IEnumerable<MimeMessage> ontvangen, OutboxBericht bericht) =>
        ontvangen.Count(m => m.MessageId == bericht.MessageId);

    /// <summary>The Message-Id of every .eml file in a folder.</summary>
    public static List<string> MessageIds(string map) =>
        Directory.Exists(map)
            ? Directory.GetFiles(map, "*.eml").Select(pad =>
            {
                using var mail = MimeMessage.Load(pad);
                return mail.MessageId ?? "";
            }).ToList()
            : [];
}
