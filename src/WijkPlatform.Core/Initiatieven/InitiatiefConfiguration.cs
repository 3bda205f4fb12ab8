using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Initiatieven;

internal sealed class InitiatiefConfiguration : IEntityTypeConfiguration<Initiatief>
{
    public void Configure(EntityTypeBuilder<Initiatief> builder)
    {
        builder.ToTable("Initiatieven");
        builder.Property(i => i.Status).HasConversion<string>().HasMaxLength(24);
        builder.Property(i => i.VoorstelUitkomst).HasConversion<string>().HasMaxLength(24);
        builder.Property(i => i.SleutelHash).HasMaxLength(32);
        builder.HasIndex(i => i.SleutelHash).IsUnique();
        builder.HasIndex(i => new { i.WijkId, i.Status });
        builder.HasIndex(i => i.Email);
        builder.Property(i => i.Versie).IsConcurrencyToken();
        builder.Property(i => i.Naam).HasMaxLength(InitiatiefRegels.MaxNaam);
        builder.Property(i => i.Email).HasMaxLength(InitiatiefRegels.MaxEmail);
        builder.Property(i => i.Telefoon).HasMaxLength(InitiatiefRegels.MaxTelefoon);
        builder.Property(i => i.Postcode).HasMaxLength(6);
        builder.Property(i => i.Huisnummer).HasMaxLength(12);
        builder.Property(i => i.Titel).HasMaxLength(InitiatiefRegels.MaxTitel);
        foreach (var veld in new[] { nameof(Initiatief.Wat), nameof(Initiatief.VoorWie), nameof(Initiatief.Wanneer), nameof(Initiatief.Waar),
                     nameof(Initiatief.IkWil), nameof(Initiatief.IkKan), nameof(Initiatief.IkHebNodig), nameof(Initiatief.WieDoenMee),
                     nameof(Initiatief.AndereFinancieringToelichting), nameof(Initiatief.VoorstelMotivering), nameof(Initiatief.Motivering),
                     nameof(Initiatief.VerantwoordingTekst) })
        {
            builder.Property<string?>(veld).HasMaxLength(InitiatiefRegels.MaxTekst);
        }

        builder.Ignore(i => i.TotaalInCenten);
        builder.Ignore(i => i.GevraagdInCenten);
        builder.Ignore(i => i.Kenmerk);
        builder.HasOne(i => i.Wijk).WithMany().HasForeignKey(i => i.WijkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Beheer.Gebruiker>().WithMany().HasForeignKey(i => i.BeoordelaarId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(i => i.Begroting).WithOne().HasForeignKey(r => r.InitiatiefId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Bijlagen).WithOne().HasForeignKey(b => b.InitiatiefId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(i => i.Gebeurtenissen).WithOne().HasForeignKey(g => g.InitiatiefId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class BegrotingsRegelConfiguration : IEntityTypeConfiguration<BegrotingsRegel>
{
    public void Configure(EntityTypeBuilder<BegrotingsRegel> builder)
    {
        builder.ToTable("InitiatiefBegroting");
        builder.Property(r => r.Omschrijving).HasMaxLength(InitiatiefRegels.MaxRegel);
    }
}

internal sealed class InitiatiefBijlageConfiguration : IEntityTypeConfiguration<InitiatiefBijlage>
{
    public void Configure(EntityTypeBuilder<InitiatiefBijlage> builder)
    {
        builder.ToTable("InitiatiefBijlagen");
        builder.Property(b => b.Soort).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Naam).HasMaxLength(200);
        builder.Property(b => b.ContentType).HasMaxLength(120);
        builder.Property(b => b.Opslag).HasMaxLength(200);
        builder.Property(b => b.Scan).HasMaxLength(200);
    }
}

internal sealed class InitiatiefGebeurtenisConfiguration : IEntityTypeConfiguration<InitiatiefGebeurtenis>
{
    public void Configure(EntityTypeBuilder<InitiatiefGebeurtenis> builder)
    {
        builder.ToTable("InitiatiefGebeurtenissen");
        builder.Property(g => g.Soort).HasConversion<string>().HasMaxLength(20);
        builder.Property(g => g.Van).HasConversion<string>().HasMaxLength(24);
        builder.Property(g => g.Naar).HasConversion<string>().HasMaxLength(24);
        builder.Property(g => g.Tekst).HasMaxLength(InitiatiefRegels.MaxTekst + 200);
        builder.Property(g => g.Door).HasMaxLength(200);
        builder.HasIndex(g => new { g.InitiatiefId, g.TijdUtc });
    }
}

internal sealed class PostcodegebiedConfiguration : IEntityTypeConfiguration<Postcodegebied>
{
    public void Configure(EntityTypeBuilder<Postcodegebied> builder)
    {
        builder.ToTable("Postcodegebieden");
        builder.AlsSyncItem();
        builder.Property(p => p.Van).HasMaxLength(6);
        builder.Property(p => p.Tot).HasMaxLength(6);
        builder.HasIndex(p => new { p.Van, p.Tot });
        builder.HasOne(p => p.Wijk).WithMany().HasForeignKey(p => p.WijkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WijkbudgetConfiguration : IEntityTypeConfiguration<Wijkbudget>
{
    public void Configure(EntityTypeBuilder<Wijkbudget> builder)
    {
        builder.ToTable("Wijkbudgetten");
        builder.AlsSyncItem();
        builder.HasIndex(b => new { b.WijkId, b.Jaar }).IsUnique();
        builder.Property(b => b.Versie).IsConcurrencyToken();
        builder.HasOne(b => b.Wijk).WithMany().HasForeignKey(b => b.WijkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BudgetBoekingConfiguration : IEntityTypeConfiguration<BudgetBoeking>
{
    public void Configure(EntityTypeBuilder<BudgetBoeking> builder)
    {
        builder.ToTable("BudgetBoekingen");
        builder.Property(b => b.Soort).HasConversion<string>().HasMaxLength(20);
        builder.Property(b => b.Omschrijving).HasMaxLength(400);
        builder.HasIndex(b => new { b.WijkId, b.Jaar });
        builder.HasOne<Initiatief>().WithMany().HasForeignKey(b => b.InitiatiefId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Wijken.Wijk>().WithMany().HasForeignKey(b => b.WijkId).OnDelete(DeleteBehavior.Restrict);
    }
}
