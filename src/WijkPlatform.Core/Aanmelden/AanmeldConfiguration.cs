using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WijkPlatform.Core.Aanmelden;

internal sealed class AanmeldingConfiguration : IEntityTypeConfiguration<Aanmelding>
{
    public void Configure(EntityTypeBuilder<Aanmelding> builder)
    {
        builder.ToTable("Aanmeldingen");
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.Naam).HasMaxLength(AanmeldRegels.MaxNaam);
        builder.Property(a => a.Email).HasMaxLength(AanmeldRegels.MaxEmail);
        builder.Property(a => a.Telefoon).HasMaxLength(AanmeldRegels.MaxTelefoon);
        builder.Property(a => a.Opmerking).HasMaxLength(AanmeldRegels.MaxOpmerking);
        builder.Property(a => a.SleutelHash).HasMaxLength(32);
        builder.HasIndex(a => a.SleutelHash).IsUnique();
        builder.HasIndex(a => new { a.ActiviteitId, a.StartUtc, a.Status });
        builder.HasIndex(a => a.Email);
        builder.HasIndex(a => a.AangemeldUtc);
        builder.HasOne(a => a.Activiteit).WithMany().HasForeignKey(a => a.ActiviteitId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class BezettingConfiguration : IEntityTypeConfiguration<Bezetting>
{
    public void Configure(EntityTypeBuilder<Bezetting> builder)
    {
        builder.ToTable("Bezettingen");
        builder.HasIndex(b => new { b.ActiviteitId, b.StartUtc }).IsUnique();
        builder.HasOne<Agenda.Activiteit>().WithMany().HasForeignKey(b => b.ActiviteitId).OnDelete(DeleteBehavior.Cascade);
    }
}
