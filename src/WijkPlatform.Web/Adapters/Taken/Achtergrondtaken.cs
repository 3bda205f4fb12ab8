using Hangfire;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Mail;
using WijkPlatform.Core.Nieuwsbrief;

namespace WijkPlatform.Web.Adapters.Taken;

/// <summary>The work Hangfire runs, one method per job, each in a scope of its own. Hangfire does not retry them: the
/// tables they drain keep their state, so the next run (a signal or the schedule) picks up what one left. A run that
/// throws stays in Hangfire's Failed list (never deleted), where beheer sees the error at /beheer/jobs and can requeue it.</summary>
public sealed class Achtergrondtaken(OutboxVerwerker outbox, Herinneringen herinneringen, Opschonen opschonen,
    Dagoverzicht dagoverzicht, HangfireOutboxSignaal signaal, AgendaImport agendaImport, InitiatiefTermijnen initiatiefTermijnen,
    InitiatiefOpschonen initiatiefOpschonen, Weekoverzicht weekoverzicht, NieuwsbriefOpschonen nieuwsbriefOpschonen,
    AuditBewaren auditBewaren)
{
    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public async Task VerstuurMailAsync(CancellationToken cancellationToken)
    {
        // Before the outbox is read: a message committed after this point signals again and gets a run of its own.
        signaal.Opgepakt();
        await outbox.VerwerkAsync(cancellationToken);
    }

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task HerinneringenAsync(CancellationToken cancellationToken) => herinneringen.VerstuurAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task OpschonenAsync(CancellationToken cancellationToken) => opschonen.OpschonenAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task DagoverzichtAsync(CancellationToken cancellationToken) => dagoverzicht.VerstuurAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task AgendaImportAsync(CancellationToken cancellationToken) => agendaImport.ImporteerAllesAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task InitiatiefTermijnenAsync(CancellationToken cancellationToken) => initiatiefTermijnen.ControleerAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task InitiatiefOpschonenAsync(CancellationToken cancellationToken) => initiatiefOpschonen.OpschonenAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task NieuwsbriefAsync(CancellationToken cancellationToken) => weekoverzicht.VerstuurAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0, OnAttemptsExceeded = AttemptsExceededAction.Fail)]
    public Task NieuwsbriefOpschonenAsync(CancellationToken cancellationToken) => nieuwsbriefOpschonen.OpschonenAsync(cancellationToken);

    [AutomaticRetry(Attempts = 0)]
    public Task AuditOpschonenAsync(CancellationToken cancellationToken) => auditBewaren.OpschonenAsync(cancellationToken);
}
