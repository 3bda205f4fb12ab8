namespace WijkPlatform.Core.Privacy;

public enum GegevensSoort
{
    /// <summary>Not about a person: content, settings, codes, technical fields.</summary>
    Geen,

    /// <summary>A resident's or member's own data: found, exported and erased by a privacy request.</summary>
    Persoonlijk,

    /// <summary>Free text that may name a person: a mention of the address or number is found, exported and replaced.</summary>
    VrijeTekst,

    /// <summary>A published contact point, or staff's name kept for accountability: found and exported, changed by the
    /// redactie or kept on purpose (ADR 18).</summary>
    Openbaar,
}

/// <summary>Every text column of the model, classified. A test fails on a column missing here, so a new field is
/// thought about once: personal data then also needs a place in <see cref="PrivacyZoeken"/> and <see cref="PrivacyWissen"/>.</summary>
public static class PrivacyKaart
{
    public static IReadOnlyDictionary<string, GegevensSoort> Kolommen { get; } = new Dictionary<string, GegevensSoort>
    {
        // Sign-ups.
        ["Aanmelding.Naam"] = GegevensSoort.Persoonlijk,
        ["Aanmelding.Email"] = GegevensSoort.Persoonlijk,
        ["Aanmelding.Telefoon"] = GegevensSoort.Persoonlijk,
        ["Aanmelding.Opmerking"] = GegevensSoort.Persoonlijk,

        // Initiatief requests.
        ["Initiatief.Naam"] = GegevensSoort.Persoonlijk,
        ["Initiatief.Email"] = GegevensSoort.Persoonlijk,
        ["Initiatief.Telefoon"] = GegevensSoort.Persoonlijk,
        ["Initiatief.Postcode"] = GegevensSoort.Persoonlijk,
        ["Initiatief.Huisnummer"] = GegevensSoort.Persoonlijk,
        ["Initiatief.Titel"] = GegevensSoort.VrijeTekst,
        ["Initiatief.Wat"] = GegevensSoort.Persoonlijk,
        ["Initiatief.VoorWie"] = GegevensSoort.Persoonlijk,
        ["Initiatief.Wanneer"] = GegevensSoort.Persoonlijk,
        ["Initiatief.Waar"] = GegevensSoort.Persoonlijk,
        ["Initiatief.IkWil"] = GegevensSoort.Persoonlijk,
        ["Initiatief.IkKan"] = GegevensSoort.Persoonlijk,
        ["Initiatief.IkHebNodig"] = GegevensSoort.Persoonlijk,
        ["Initiatief.WieDoenMee"] = GegevensSoort.Persoonlijk,
        ["Initiatief.AndereFinancieringToelichting"] = GegevensSoort.Persoonlijk,
        ["Initiatief.VerantwoordingTekst"] = GegevensSoort.Persoonlijk,
        ["Initiatief.VoorstelMotivering"] = GegevensSoort.VrijeTekst,
        ["Initiatief.Motivering"] = GegevensSoort.VrijeTekst,
        ["BegrotingsRegel.Omschrijving"] = GegevensSoort.VrijeTekst,
        ["InitiatiefGebeurtenis.Tekst"] = GegevensSoort.VrijeTekst,
        ["InitiatiefGebeurtenis.Door"] = GegevensSoort.Openbaar,
        ["InitiatiefBijlage.Naam"] = GegevensSoort.VrijeTekst,
        ["InitiatiefBijlage.ContentType"] = GegevensSoort.Geen,
        ["InitiatiefBijlage.Opslag"] = GegevensSoort.Geen,
        ["InitiatiefBijlage.Scan"] = GegevensSoort.Geen,
        ["BudgetBoeking.Omschrijving"] = GegevensSoort.Geen,
        ["Wijkbudget.Slug"] = GegevensSoort.Geen,
        ["Postcodegebied.Slug"] = GegevensSoort.Geen,
        ["Postcodegebied.Van"] = GegevensSoort.Geen,
        ["Postcodegebied.Tot"] = GegevensSoort.Geen,

        // Newsletter.
        ["NieuwsbriefAbonnement.Email"] = GegevensSoort.Persoonlijk,
        ["NieuwsbriefAbonnement.BevestigCodeHash"] = GegevensSoort.Persoonlijk,
        ["NieuwsbriefAbonnement.AfmeldCode"] = GegevensSoort.Persoonlijk,

        // Accounts.
        ["Gebruiker.Email"] = GegevensSoort.Persoonlijk,
        ["Gebruiker.NormalizedEmail"] = GegevensSoort.Persoonlijk,
        ["Gebruiker.Naam"] = GegevensSoort.Persoonlijk,
        ["Gebruiker.Telefoon"] = GegevensSoort.Persoonlijk,
        ["Gebruiker.WachtwoordHash"] = GegevensSoort.Persoonlijk,
        ["Gebruiker.BeveiligingsStempel"] = GegevensSoort.Geen,
        ["Gebruiker.ConcurrencyStamp"] = GegevensSoort.Geen,
        ["GebruikerToken.Aanbieder"] = GegevensSoort.Geen,
        ["GebruikerToken.Naam"] = GegevensSoort.Geen,
        ["GebruikerToken.Waarde"] = GegevensSoort.Persoonlijk,
        ["Rol.Naam"] = GegevensSoort.Geen,
        ["Rol.NormalizedNaam"] = GegevensSoort.Geen,
        ["Rol.ConcurrencyStamp"] = GegevensSoort.Geen,

        // Mail, reports, log.
        ["OutboxBericht.MessageId"] = GegevensSoort.Geen,
        ["OutboxBericht.Soort"] = GegevensSoort.Geen,
        ["OutboxBericht.Aan"] = GegevensSoort.Persoonlijk,
        ["OutboxBericht.AanNaam"] = GegevensSoort.Persoonlijk,
        ["OutboxBericht.Onderwerp"] = GegevensSoort.VrijeTekst,
        ["OutboxBericht.Tekst"] = GegevensSoort.VrijeTekst,
        ["OutboxBericht.Html"] = GegevensSoort.VrijeTekst,
        ["OutboxBericht.BijlageNaam"] = GegevensSoort.Geen,
        ["OutboxBericht.BijlageType"] = GegevensSoort.Geen,
        ["OutboxBericht.BijlageInhoud"] = GegevensSoort.VrijeTekst,
        ["OutboxBericht.AfmeldUrl"] = GegevensSoort.Persoonlijk,
        ["OutboxBericht.LaatsteFout"] = GegevensSoort.Geen,
        ["Melding.Reden"] = GegevensSoort.VrijeTekst,
        ["Melding.Email"] = GegevensSoort.Persoonlijk,
        ["Melding.Afhandeling"] = GegevensSoort.VrijeTekst,
        ["AuditRegel.Wie"] = GegevensSoort.Openbaar,
        ["AuditRegel.Actie"] = GegevensSoort.Geen,
        ["AuditRegel.Onderwerp"] = GegevensSoort.Geen,
        ["AuditRegel.Details"] = GegevensSoort.Geen,

        // Published content and contact points.
        ["Activiteit.Slug"] = GegevensSoort.Geen,
        ["Activiteit.Titel"] = GegevensSoort.Geen,
        ["Activiteit.Samenvatting"] = GegevensSoort.Geen,
        ["Activiteit.Omschrijving"] = GegevensSoort.Geen,
        ["Activiteit.OnlineLink"] = GegevensSoort.Geen,
        ["Activiteit.Herhaling"] = GegevensSoort.Geen,
        ["Activiteit.Contact"] = GegevensSoort.Openbaar,
        ["Activiteit.Afbeelding"] = GegevensSoort.Geen,
        ["Activiteit.AfbeeldingAlt"] = GegevensSoort.Geen,
        ["Activiteit.AfgelastReden"] = GegevensSoort.Geen,
        ["Activiteit.ImportUid"] = GegevensSoort.Geen,
        ["Activiteit.ImportVingerafdruk"] = GegevensSoort.Geen,
        ["Organisatie.Slug"] = GegevensSoort.Geen,
        ["Organisatie.Naam"] = GegevensSoort.Geen,
        ["Organisatie.Email"] = GegevensSoort.Openbaar,
        ["Organisatie.Telefoon"] = GegevensSoort.Openbaar,
        ["Organisatie.Website"] = GegevensSoort.Geen,
        ["Organisatie.Omschrijving"] = GegevensSoort.Geen,
        ["Organisatie.Logo"] = GegevensSoort.Geen,
        ["Organisatie.AgendaUrl"] = GegevensSoort.Geen,
        ["Organisatie.AgendaFout"] = GegevensSoort.Geen,
        ["Wijkteam.Slug"] = GegevensSoort.Geen,
        ["Wijkteam.Naam"] = GegevensSoort.Geen,
        ["Wijkteam.Telefoon"] = GegevensSoort.Openbaar,
        ["Wijkteam.Email"] = GegevensSoort.Openbaar,
        ["Wijkteam.CoordinatorEmail"] = GegevensSoort.Openbaar,
        ["Wijkteam.Inloop"] = GegevensSoort.Geen,
        ["Wijkteam.Omschrijving"] = GegevensSoort.Geen,
        ["Clientondersteuner.Slug"] = GegevensSoort.Geen,
        ["Clientondersteuner.Naam"] = GegevensSoort.Openbaar,
        ["Clientondersteuner.Organisatie"] = GegevensSoort.Geen,
        ["Clientondersteuner.Omschrijving"] = GegevensSoort.Geen,
        ["Clientondersteuner.Telefoon"] = GegevensSoort.Openbaar,
        ["Clientondersteuner.Email"] = GegevensSoort.Openbaar,
        ["Clientondersteuner.Website"] = GegevensSoort.Geen,
        ["Clientondersteuner.Talen"] = GegevensSoort.Geen,
        ["Clientondersteuner.Toegankelijkheid"] = GegevensSoort.Geen,
        ["PaginaVersie.Door"] = GegevensSoort.Openbaar,

        // Content, places and machinery.
        ["Categorie.Naam"] = GegevensSoort.Geen,
        ["Categorie.Omschrijving"] = GegevensSoort.Geen,
        ["Categorie.Slug"] = GegevensSoort.Geen,
        ["Locatie.Naam"] = GegevensSoort.Geen,
        ["Locatie.Omschrijving"] = GegevensSoort.Geen,
        ["Locatie.Plaats"] = GegevensSoort.Geen,
        ["Locatie.Postcode"] = GegevensSoort.Geen,
        ["Locatie.Slug"] = GegevensSoort.Geen,
        ["Locatie.Straat"] = GegevensSoort.Geen,
        ["Locatie.Toegankelijkheid"] = GegevensSoort.Geen,
        ["MenuItem.Slug"] = GegevensSoort.Geen,
        ["MenuItem.Titel"] = GegevensSoort.Geen,
        ["MenuItem.Url"] = GegevensSoort.Geen,
        ["Pagina.EenvoudigeSamenvatting"] = GegevensSoort.Geen,
        ["Pagina.Inhoud"] = GegevensSoort.Geen,
        ["Pagina.Samenvatting"] = GegevensSoort.Geen,
        ["Pagina.Slug"] = GegevensSoort.Geen,
        ["Pagina.Titel"] = GegevensSoort.Geen,
        ["PaginaVersie.EenvoudigeSamenvatting"] = GegevensSoort.Geen,
        ["PaginaVersie.Inhoud"] = GegevensSoort.Geen,
        ["PaginaVersie.Samenvatting"] = GegevensSoort.Geen,
        ["PaginaVersie.Titel"] = GegevensSoort.Geen,
        ["PaginaVersie.Toelichting"] = GegevensSoort.Geen,
        ["SyncBestand.Hash"] = GegevensSoort.Geen,
        ["SyncBestand.Soort"] = GegevensSoort.Geen,
        ["TaakStand.Naam"] = GegevensSoort.Geen,
        ["Uitzondering.Reden"] = GegevensSoort.Geen,
        ["Voorkomen.Toelichting"] = GegevensSoort.Geen,
        ["Wijk.Naam"] = GegevensSoort.Geen,
        ["Wijk.Omschrijving"] = GegevensSoort.Geen,
        ["Wijk.Slug"] = GegevensSoort.Geen,
    };
}
