using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Informatie;

internal sealed class PaginaConfiguration : IEntityTypeConfiguration<Pagina>
{
    public void Configure(EntityTypeBuilder<Pagina> builder)
    {
        builder.ToTable("Paginas");
        builder.AlsSyncItem(120);
        builder.Property(p => p.Titel).HasMaxLength(200);
        builder.Property(p => p.Samenvatting).HasMaxLength(500);
        builder.Property(p => p.Inhoud).HasMaxLength(100000);
    }
}
