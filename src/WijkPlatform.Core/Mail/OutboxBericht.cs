namespace WijkPlatform.Core.Mail;

/// <summary>A mail waiting to be sent. It is written in the same transaction as the change that causes it, so a
/// committed sign-up always has its mail, and a rolled-back one never does.</summary>
public sealed class OutboxBericht
{
    public long Id { get; set; }

    /// <summary>Stable across retries, so a mail server or mailbox can recognise a message it already has.</summary>
    public required string MessageId { get; set; }

    public required string Soort { get; set; }
    public required string Aan { get; set; }
    public string? AanNaam { get; set; }
    public required string Onderwerp { get; set; }
    public required string Tekst { get; set; }
    public required string Html { get; set; }
    public string? BijlageNaam { get; set; }
    public string? BijlageType { get; set; }
    public string? BijlageInhoud { get; set; }

    /// <summary>For list mail such as the nieuwsbrief: the one-click unsubscribe address (RFC 8058), sent as the
    /// List-Unsubscribe header so mail programs can show their own unsubscribe button.</summary>
    public string? AfmeldUrl { get; set; }
    public DateTime AangemaaktUtc { get; set; }
    public DateTime VolgendePogingUtc { get; set; }
    public int Pogingen { get; set; }
    public DateTime? VerzondenUtc { get; set; }

    /// <summary>Set when the retries ran out; beheer sees these and can send them again.</summary>
    public DateTime? OpgegevenUtc { get; set; }

    /// <summary>A sender claims a message until this time, so two servers never send it at once.</summary>
    public DateTime? BezigTotUtc { get; set; }

    public string? LaatsteFout { get; set; }

    public static OutboxBericht Nieuw(string soort, string aan, string? aanNaam, MailInhoud inhoud, DateTime nuUtc)
    {
        ArgumentNullException.ThrowIfNull(inhoud);
        return new OutboxBericht
        {
            MessageId = $"{Guid.NewGuid():N}@wijkplatform",
            Soort = soort,
            Aan = aan,
            AanNaam = aanNaam,
            Onderwerp = inhoud.Onderwerp,
            Tekst = inhoud.Tekst,
            Html = inhoud.Html,
            BijlageNaam = inhoud.Bijlage?.Naam,
            BijlageType = inhoud.Bijlage?.Type,
            BijlageInhoud = inhoud.Bijlage?.Inhoud,
            AfmeldUrl = inhoud.AfmeldUrl,
            AangemaaktUtc = nuUtc,
            VolgendePogingUtc = nuUtc,
        };
    }
}

public sealed record MailBijlage(string Naam, string Type, string Inhoud);

public sealed record MailInhoud(string Onderwerp, string Tekst, string Html, MailBijlage? Bijlage = null, string? AfmeldUrl = null);
