using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WijkPlatform.Core.Data;

internal sealed class TaakStandConfiguration : IEntityTypeConfiguration<TaakStand>
{
    public void Configure(EntityTypeBuilder<TaakStand> builder)
    {
        builder.ToTable("TaakStanden");
        builder.HasKey(t => t.Naam);
        builder.Property(t => t.Naam).HasMaxLength(100);
    }
}
