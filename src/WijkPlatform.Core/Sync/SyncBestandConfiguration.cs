using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WijkPlatform.Core.Sync;

internal sealed class SyncBestandConfiguration : IEntityTypeConfiguration<SyncBestand>
{
    public void Configure(EntityTypeBuilder<SyncBestand> builder)
    {
        builder.ToTable("SyncBestanden");
        builder.HasIndex(s => new { s.Soort, s.Key }).IsUnique();
        builder.Property(s => s.Soort).HasMaxLength(40);
        builder.Property(s => s.Hash).HasMaxLength(64);
    }
}
