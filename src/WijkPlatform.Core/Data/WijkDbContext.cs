using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Aanmelden;
using WijkPlatform.Core.Agenda;
using WijkPlatform.Core.Beheer;
using WijkPlatform.Core.Collectieven;
using WijkPlatform.Core.Informatie;
using WijkPlatform.Core.Initiatieven;
using WijkPlatform.Core.Mail;
using WijkPlatform.Core.Nieuwsbrief;
using WijkPlatform.Core.Sync;
using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Core.Data;

/// <summary>The one model of the platform. Each database engine has a subclass with its own migration set.</summary>
public abstract class WijkDbContext(DbContextOptions options) : DbContext(options)
{
    public DbSet<Wijk> Wijken => Set<Wijk>();
    public DbSet<Wijkteam> Wijkteams => Set<Wijkteam>();
    public DbSet<Locatie> Locaties => Set<Locatie>();
    public DbSet<Categorie> Categorieen => Set<Categorie>();
    public DbSet<Organisatie> Organisaties => Set<Organisatie>();
    public DbSet<Activiteit> Activiteiten => Set<Activiteit>();
    public DbSet<Voorkomen> Voorkomens => Set<Voorkomen>();
    public DbSet<Pagina> Paginas => Set<Pagina>();
    public DbSet<PaginaVersie> PaginaVersies => Set<PaginaVersie>();
    public DbSet<MenuItem> MenuItems => Set<MenuItem>();
    public DbSet<Clientondersteuner> Clientondersteuners => Set<Clientondersteuner>();
    public DbSet<NieuwsbriefAbonnement> NieuwsbriefAbonnementen => Set<NieuwsbriefAbonnement>();
    public DbSet<NieuwsbriefVerzending> NieuwsbriefVerzendingen => Set<NieuwsbriefVerzending>();
    public DbSet<SyncBestand> SyncBestanden => Set<SyncBestand>();
    public DbSet<Gebruiker> Gebruikers => Set<Gebruiker>();
    public DbSet<Rol> Rollen => Set<Rol>();
    public DbSet<Lidmaatschap> Lidmaatschappen => Set<Lidmaatschap>();
    public DbSet<WijkBinding> WijkBindingen => Set<WijkBinding>();
    public DbSet<Aanmelding> Aanmeldingen => Set<Aanmelding>();
    public DbSet<Bezetting> Bezettingen => Set<Bezetting>();
    public DbSet<OutboxBericht> Outbox => Set<OutboxBericht>();
    public DbSet<TaakStand> TaakStanden => Set<TaakStand>();
    public DbSet<AuditRegel> AuditLog => Set<AuditRegel>();
    public DbSet<Melding> Meldingen => Set<Melding>();
    public DbSet<Initiatief> Initiatieven => Set<Initiatief>();
    public DbSet<InitiatiefBijlage> InitiatiefBijlagen => Set<InitiatiefBijlage>();
    public DbSet<InitiatiefGebeurtenis> InitiatiefGebeurtenissen => Set<InitiatiefGebeurtenis>();
    public DbSet<Postcodegebied> Postcodegebieden => Set<Postcodegebied>();
    public DbSet<Wijkbudget> Wijkbudgetten => Set<Wijkbudget>();
    public DbSet<BudgetBoeking> BudgetBoekingen => Set<BudgetBoeking>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(WijkDbContext).Assembly);
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        BewaakAuditLog();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        BewaakAuditLog();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    /// <summary>The audit log is only ever added to. A change or removal through the change tracker is a bug, so it
    /// stops the whole save; the retention job (<see cref="AuditBewaren"/>) deletes old rows in the database itself.</summary>
    private void BewaakAuditLog()
    {
        foreach (var regel in ChangeTracker.Entries<AuditRegel>())
        {
            if (regel.State is EntityState.Modified or EntityState.Deleted)
            {
                throw new InvalidOperationException(
                    $"Auditregel {regel.Entity.Id} mag niet gewijzigd of verwijderd worden: het auditlog wordt alleen aangevuld.");
            }
        }
    }
}
