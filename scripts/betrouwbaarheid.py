#!/usr/bin/env python3
"""Writes docs/reliability.md from the notes the reliability suite leaves in TestResults/betrouwbaarheid.

Usage: scripts/betrouwbaarheid.py NOTES_DIR OUTPUT.md
Each note is one JSON file (tests/Gedeeld/Meetboek.cs): part, claim, database, test and figures."""
import datetime
import glob
import json
import os
import sys

# Key, title, and what the part proves and how; the order is the order of the issue and the document.
PARTS = [
    ("gelijktijdig", "Gelijktijdig aanmelden",
     "Honderden mensen melden zich over HTTP tegelijk aan voor een activiteit met weinig plaatsen. Er worden nooit meer "
     "plaatsen bevestigd dan er zijn, de rest komt op de wachtlijst, niemand krijgt een foutmelding en niets raakt kwijt."),
    ("crash", "Crash midden in het aanmelden",
     "De server wordt met kill -9 gestopt terwijl er aanmeldingen binnenkomen. Na de herstart bestaat elke aanmelding "
     "die een bevestiging kreeg, en haar mail wordt precies één keer bezorgd."),
    ("mailstoring", "Storing van de mailserver",
     "De SMTP-server weigert verbindingen terwijl mensen zich aanmelden. Als hij terugkomt, komen alle mails aan en geen "
     "enkele twee keer."),
    ("meerdere-servers", "Meerdere servers",
     "Twee servers op verschillende poorten delen één PostgreSQL-database (Hangfire ook op PostgreSQL). Een wijziging op "
     "de ene is binnen enkele seconden te zien en te vinden op de andere, en elke geplande taak draait één keer."),
    ("vijandige-invoer", "Vijandige invoer",
     "Een verzameling kapotte en kwaadwillige invoer gaat naar elk publiek formulier en elk API-adres. Geen antwoord is "
     "een serverfout (500 of hoger), niets wordt bewaard dat als script draait wanneer het getoond wordt, en een mens "
     "ziet een duidelijke Nederlandse melding."),
    ("toegang", "Toegang",
     "Elke beheerpagina en elk schrijfadres, uit de lijst van adressen van de applicatie zelf, tegen elke rol. Wie een "
     "id of sleutel van een ander raadt, krijgt niets."),
    ("headers-en-sessies", "Headers en sessies",
     "Strikte Content-Security-Policy, HSTS, frame-ancestors 'none', veilige cookies, antiforgery op elke POST, "
     "snelheidslimieten met een Nederlandse pagina, blokkeren na foute pogingen, tweestapsverificatie voor medewerkers, "
     "herstelcodes die één keer en kort werken, en geen verraad van welke accounts bestaan."),
    ("uploads", "Uploads",
     "Het EICAR-testbestand, polyglotbestanden, zipbommen en decompressiebommen worden geweigerd; locatiegegevens "
     "verdwijnen uit foto's."),
    ("backup-en-herstel", "Backup en herstel",
     "Een backup van elke database wordt teruggezet en de site toont daarna dezelfde inhoud."),
]


def main(notes_dir: str, output: str) -> None:
    notes = []
    for path in sorted(glob.glob(os.path.join(notes_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            notes.append(json.load(f))

    known = {key for key, _, _ in PARTS}
    unknown = sorted({n["onderdeel"] for n in notes} - known)
    if unknown:
        sys.exit(f"Unknown part(s) in the notes: {', '.join(unknown)}; add them to PARTS.")

    out = [
        "# Betrouwbaarheid en beveiliging",
        "",
        "Dit document is gemaakt door de betrouwbaarheidstests zelf (`scripts/betrouwbaarheid.sh`); de cijfers zijn wat "
        "de tests bij de laatste run zagen. Niet met de hand bewerken.",
        "",
        f"Laatste run: {datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC op een machine met "
        f"{os.cpu_count()} cores.",
        "",
        "De tests staan in `tests/WijkPlatform.Web.Tests/Betrouwbaarheid/` en "
        "`tests/WijkPlatform.Browser.Tests/Betrouwbaarheid/`. CI draait ze allemaal behalve de trage "
        "(trait `Duur=Lang`); `scripts/betrouwbaarheid.sh` draait ze alle, op SQLite en op PostgreSQL, en schrijft dit "
        "bestand opnieuw.",
        "",
    ]
    for number, (key, title, intro) in enumerate(PARTS, start=1):
        out += [f"## {number}. {title}", "", intro, ""]
        part = sorted((n for n in notes if n["onderdeel"] == key),
                      key=lambda n: (n["bewering"], n["database"], n["test"]))
        if not part:
            out += ["_Geen metingen in deze run._", ""]
            continue
        out += ["| Wat | Database | Cijfers | Test |", "|---|---|---|---|"]
        for n in part:
            figures = "; ".join(f"{k}: {v}" for k, v in n["cijfers"].items())
            out.append(f"| {cell(n['bewering'])} | {n['database']} | {cell(figures)} | `{n['test']}` |")
        out.append("")

    with open(output, "w", encoding="utf-8") as f:
        f.write("\n".join(out))


def cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
