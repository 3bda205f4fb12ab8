using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WijkPlatform.Core.Informatie;

internal sealed class PaginaConfiguration : IEntityTypeConfiguration<Pagina>
{
    public void Configure(EntityTypeBuilder<Pagina> builder)
    {
        builder.ToTable("Paginas");
        builder.HasIndex(p => p.Key).IsUnique();
        builder.HasIndex(p => p.Slug).IsUnique();
        builder.Property(p => p.Slug).HasMaxLength(120);
        builder.Property(p => p.Titel).HasMaxLength(200);
        builder.Property(p => p.Samenvatting).HasMaxLength(500);
        builder.Property(p => p.Inhoud).HasMaxLength(100000);
    }
}
