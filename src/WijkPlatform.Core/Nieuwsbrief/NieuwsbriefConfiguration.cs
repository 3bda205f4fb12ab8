using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WijkPlatform.Core.Nieuwsbrief;

internal sealed class NieuwsbriefAbonnementConfiguration : IEntityTypeConfiguration<NieuwsbriefAbonnement>
{
    public void Configure(EntityTypeBuilder<NieuwsbriefAbonnement> builder)
    {
        builder.ToTable("NieuwsbriefAbonnementen");
        builder.Property(a => a.Email).HasMaxLength(254);
        builder.Property(a => a.BevestigCodeHash).HasMaxLength(64);
        builder.Property(a => a.AfmeldCode).HasMaxLength(64);
        builder.HasIndex(a => new { a.Email, a.WijkId }).IsUnique();
        builder.HasIndex(a => a.BevestigCodeHash).IsUnique();
        builder.HasIndex(a => a.AfmeldCode).IsUnique();
        builder.HasIndex(a => new { a.WijkId, a.Status });
        builder.HasOne(a => a.Wijk).WithMany().HasForeignKey(a => a.WijkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class NieuwsbriefVerzendingConfiguration : IEntityTypeConfiguration<NieuwsbriefVerzending>
{
    public void Configure(EntityTypeBuilder<NieuwsbriefVerzending> builder)
    {
        builder.ToTable("NieuwsbriefVerzendingen");
        builder.HasIndex(v => new { v.WijkId, v.Week }).IsUnique();
        builder.HasOne<WijkPlatform.Core.Wijken.Wijk>().WithMany().HasForeignKey(v => v.WijkId).OnDelete(DeleteBehavior.Restrict);
    }
}
