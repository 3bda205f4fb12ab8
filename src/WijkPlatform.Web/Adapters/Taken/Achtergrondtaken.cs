using Hangfire;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Mail;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Web.Adapters.Taken;

/// <summary>The work Hangfire runs, one method per job, each in a scope of its own. Hangfire does not retry them: the
/// tables they drain keep their state, so the next run (a signal or the schedule) picks up what one left.</summary>
public sealed class Achtergrondtaken(OutboxVerwerker outbox, Herinneringen herinneringen, Opschonen opschonen,
    Dagoverzicht dagoverzicht, HangfireOutboxSignaal signaal, AgendaImport agendaImport, InitiatiefTermijnen initiatiefTermijnen,
    InitiatiefOpschonen initiatiefOpschonen, Weekoverzicht weekoverzicht, NieuwsbriefOpschonen nieuwsbriefOpschonen,
    AuditBewaren auditBewaren)
{
    [AutomaticRetry(Attempts = 0)]
    public async Task VerstuurMailAsync(CancellationToken cancellationToken)
    {
        // Before the outbox is read: a message committed after this point signals again and gets a run of its own.
        signaal.Opgepakt();
        await outbox.VerwerkAsync(cancellationToken);
    }

    [AutomaticRetry(Attempts = 0)]
    public Task HerinneringenAsync(CancellationToken cancellationToken) => herinneringen.VerstuurAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task OpschonenAsync(CancellationToken cancellationToken) => opschonen.OpschonenAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task DagoverzichtAsync(CancellationToken cancellationToken) => dagoverzicht.VerstuurAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task AgendaImportAsync(CancellationToken cancellationToken) => agendaImport.ImporteerAllesAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task InitiatiefTermijnenAsync(CancellationToken cancellationToken) => initiatiefTermijnen.ControleerAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task InitiatiefOpschonenAsync(CancellationToken cancellationToken) => initiatiefOpschonen.OpschonenAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task NieuwsbriefAsync(CancellationToken cancellationToken) => weekoverzicht.VerstuurAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task NieuwsbriefOpschonenAsync(CancellationToken cancellationToken) => nieuwsbriefOpschonen.OpschonenAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task AuditOpschonenAsync(CancellationToken cancellationToken) => auditBewaren.OpschonenAsync(cancellationToken);
}
