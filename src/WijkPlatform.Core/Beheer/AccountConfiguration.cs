using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WijkPlatform.Core.Beheer;

internal sealed class GebruikerConfiguration : IEntityTypeConfiguration<Gebruiker>
{
    public void Configure(EntityTypeBuilder<Gebruiker> builder)
    {
        builder.ToTable("Gebruikers");
        builder.HasIndex(g => g.NormalizedEmail).IsUnique();
        builder.Property(g => g.Email).HasMaxLength(256);
        builder.Property(g => g.NormalizedEmail).HasMaxLength(256);
        builder.Property(g => g.Naam).HasMaxLength(200);
        builder.Property(g => g.Telefoon).HasMaxLength(40);
        builder.Property(g => g.WachtwoordHash).HasMaxLength(500);
        builder.Property(g => g.BeveiligingsStempel).HasMaxLength(100);
        builder.Property(g => g.ConcurrencyStamp).HasMaxLength(100).IsConcurrencyToken();
        builder.HasMany(g => g.Rollen).WithOne().HasForeignKey(r => r.GebruikerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Tokens).WithOne().HasForeignKey(t => t.GebruikerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Lidmaatschappen).WithOne().HasForeignKey(l => l.GebruikerId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Wijken).WithOne().HasForeignKey(w => w.GebruikerId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RolConfiguration : IEntityTypeConfiguration<Rol>
{
    public void Configure(EntityTypeBuilder<Rol> builder)
    {
        builder.ToTable("Rollen");
        builder.HasIndex(r => r.NormalizedNaam).IsUnique();
        builder.Property(r => r.Naam).HasMaxLength(100);
        builder.Property(r => r.NormalizedNaam).HasMaxLength(100);
        builder.Property(r => r.ConcurrencyStamp).HasMaxLength(100).IsConcurrencyToken();
    }
}

internal sealed class GebruikerRolConfiguration : IEntityTypeConfiguration<GebruikerRol>
{
    public void Configure(EntityTypeBuilder<GebruikerRol> builder)
    {
        builder.ToTable("GebruikerRollen");
        builder.HasKey(r => new { r.GebruikerId, r.RolId });
        builder.HasOne(r => r.Rol).WithMany().HasForeignKey(r => r.RolId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class GebruikerTokenConfiguration : IEntityTypeConfiguration<GebruikerToken>
{
    public void Configure(EntityTypeBuilder<GebruikerToken> builder)
    {
        builder.ToTable("GebruikerTokens");
        builder.HasKey(t => new { t.GebruikerId, t.Aanbieder, t.Naam });
        builder.Property(t => t.Aanbieder).HasMaxLength(100);
        builder.Property(t => t.Naam).HasMaxLength(100);
        builder.Property(t => t.Waarde).HasMaxLength(2000);
    }
}

internal sealed class LidmaatschapConfiguration : IEntityTypeConfiguration<Lidmaatschap>
{
    public void Configure(EntityTypeBuilder<Lidmaatschap> builder)
    {
        builder.ToTable("Lidmaatschappen");
        builder.HasKey(l => new { l.GebruikerId, l.OrganisatieId });
        builder.HasOne(l => l.Organisatie).WithMany().HasForeignKey(l => l.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WijkBindingConfiguration : IEntityTypeConfiguration<WijkBinding>
{
    public void Configure(EntityTypeBuilder<WijkBinding> builder)
    {
        builder.ToTable("WijkBindingen");
        builder.HasKey(w => new { w.GebruikerId, w.WijkId });
        builder.HasOne(w => w.Wijk).WithMany().HasForeignKey(w => w.WijkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class AuditRegelConfiguration : IEntityTypeConfiguration<AuditRegel>
{
    public void Configure(EntityTypeBuilder<AuditRegel> builder)
    {
        builder.ToTable("AuditLog");
        builder.HasIndex(r => r.TijdUtc);
        builder.HasIndex(r => r.Onderwerp);
        builder.HasIndex(r => r.GebruikerId);
        builder.HasIndex(r => r.Actie);
        builder.Property(r => r.Wie).HasMaxLength(256);
        builder.Property(r => r.Actie).HasMaxLength(100);
        builder.Property(r => r.Onderwerp).HasMaxLength(200);
        builder.Property(r => r.Details).HasMaxLength(2000);
    }
}
