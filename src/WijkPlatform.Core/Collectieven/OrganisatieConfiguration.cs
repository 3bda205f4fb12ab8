using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Collectieven;

internal sealed class OrganisatieConfiguration : IEntityTypeConfiguration<Organisatie>
{
    public void Configure(EntityTypeBuilder<Organisatie> builder)
    {
        builder.ToTable("Organisaties");
        builder.AlsSyncItem();
        builder.Property(o => o.Naam).HasMaxLength(200);
        builder.Property(o => o.Soort).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.Email).HasMaxLength(200);
        builder.Property(o => o.Telefoon).HasMaxLength(40);
        builder.Property(o => o.Website).HasMaxLength(400);
        builder.Property(o => o.Omschrijving).HasMaxLength(4000);
        builder.Property(o => o.Logo).HasMaxLength(300);
        builder.Property(o => o.AgendaUrl).HasMaxLength(500);
        builder.Property(o => o.AgendaFout).HasMaxLength(500);
        builder.HasOne(o => o.Wijk).WithMany().HasForeignKey(o => o.WijkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MeldingConfiguration : IEntityTypeConfiguration<Melding>
{
    public void Configure(EntityTypeBuilder<Melding> builder)
    {
        builder.ToTable("Meldingen");
        builder.Property(m => m.Reden).HasMaxLength(2000);
        builder.Property(m => m.Email).HasMaxLength(256);
        builder.Property(m => m.Afhandeling).HasMaxLength(500);
        builder.HasIndex(m => m.AfgehandeldUtc);
        builder.HasOne(m => m.Activiteit).WithMany().HasForeignKey(m => m.ActiviteitId).OnDelete(DeleteBehavior.Cascade);
    }
}
