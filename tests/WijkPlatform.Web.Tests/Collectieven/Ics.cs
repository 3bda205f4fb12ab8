namespace WijkPlatform.Web.Tests.Collectieven;

/// <summary>Writes small iCalendar feeds for the tests, with times in Europe/Amsterdam.</summary>
internal static class Ics
{
    public static string Kalender(params string[] gebeurtenissen) =>
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Buurtgroep//Agenda//NL\r\n" + string.Concat(gebeurtenissen) + "END:VCALENDAR\r\n";

    public static string Gebeurtenis(string uid, string titel, DateTime startLokaal, int minuten = 120, params string[] regels) =>
        $"BEGIN:VEVENT\r\nUID:{uid}\r\nDTSTAMP:20261101T120000Z\r\nSUMMARY:{titel}\r\n"
        + $"DTSTART;TZID=Europe/Amsterdam:{startLokaal:yyyyMMdd'T'HHmmss}\r\n"
        + $"DTEND;TZID=Europe/Amsterdam:{startLokaal.AddMinutes(minuten):yyyyMMdd'T'HHmmss}\r\n"
        + string.Concat(regels.Select(r => r + "\r\n"))
        + "END:VEVENT\r\n";
}
