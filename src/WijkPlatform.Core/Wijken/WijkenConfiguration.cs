using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Wijken;

internal sealed class WijkConfiguration : IEntityTypeConfiguration<Wijk>
{
    public void Configure(EntityTypeBuilder<Wijk> builder)
    {
        builder.ToTable("Wijken");
        builder.AlsSyncItem();
        builder.Property(w => w.Naam).HasMaxLength(120);
        builder.Property(w => w.Omschrijving).HasMaxLength(4000);
    }
}

internal sealed class WijkteamConfiguration : IEntityTypeConfiguration<Wijkteam>
{
    public void Configure(EntityTypeBuilder<Wijkteam> builder)
    {
        builder.ToTable("Wijkteams");
        builder.AlsSyncItem();
        builder.Property(w => w.Naam).HasMaxLength(120);
        builder.Property(w => w.Telefoon).HasMaxLength(40);
        builder.Property(w => w.Email).HasMaxLength(200);
        builder.Property(w => w.Inloop).HasMaxLength(400);
        builder.Property(w => w.CoordinatorEmail).HasMaxLength(254);
        builder.Property(w => w.Omschrijving).HasMaxLength(8000);
        builder.HasOne(w => w.Wijk).WithMany().HasForeignKey(w => w.WijkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(w => w.Locatie).WithMany().HasForeignKey(w => w.LocatieId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class LocatieConfiguration : IEntityTypeConfiguration<Locatie>
{
    public void Configure(EntityTypeBuilder<Locatie> builder)
    {
        builder.ToTable("Locaties");
        builder.AlsSyncItem();
        builder.Property(l => l.Naam).HasMaxLength(200);
        builder.Property(l => l.Straat).HasMaxLength(200);
        builder.Property(l => l.Postcode).HasMaxLength(7);
        builder.Property(l => l.Plaats).HasMaxLength(100);
        builder.Property(l => l.Toegankelijkheid).HasMaxLength(1000);
        builder.Property(l => l.Omschrijving).HasMaxLength(4000);
        builder.Ignore(l => l.Adres);
        builder.HasOne(l => l.Wijk).WithMany().HasForeignKey(l => l.WijkId).OnDelete(DeleteBehavior.Restrict);
    }
}
