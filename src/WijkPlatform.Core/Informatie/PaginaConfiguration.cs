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
        builder.Property(p => p.EenvoudigeSamenvatting).HasMaxLength(2000);
        builder.Property(p => p.Inhoud).HasMaxLength(100000);
        builder.Property(p => p.Versie).IsConcurrencyToken();
        builder.HasIndex(p => new { p.Soort, p.Status, p.GepubliceerdUtc });
        builder.HasOne(p => p.Wijk).WithMany().HasForeignKey(p => p.WijkId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class PaginaVersieConfiguration : IEntityTypeConfiguration<PaginaVersie>
{
    public void Configure(EntityTypeBuilder<PaginaVersie> builder)
    {
        builder.ToTable("PaginaVersies");
        builder.Property(v => v.Titel).HasMaxLength(200);
        builder.Property(v => v.Samenvatting).HasMaxLength(500);
        builder.Property(v => v.EenvoudigeSamenvatting).HasMaxLength(2000);
        builder.Property(v => v.Inhoud).HasMaxLength(100000);
        builder.Property(v => v.Door).HasMaxLength(254);
        builder.Property(v => v.Toelichting).HasMaxLength(500);
        builder.HasIndex(v => new { v.PaginaId, v.Nummer }).IsUnique();
        builder.HasOne<Pagina>().WithMany().HasForeignKey(v => v.PaginaId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MenuItemConfiguration : IEntityTypeConfiguration<MenuItem>
{
    public void Configure(EntityTypeBuilder<MenuItem> builder)
    {
        builder.ToTable("MenuItems");
        builder.AlsSyncItem();
        builder.Property(m => m.Titel).HasMaxLength(60);
        builder.Property(m => m.Url).HasMaxLength(200);
        builder.HasIndex(m => new { m.Menu, m.Volgorde });
    }
}

internal sealed class ClientondersteunerConfiguration : IEntityTypeConfiguration<Clientondersteuner>
{
    public void Configure(EntityTypeBuilder<Clientondersteuner> builder)
    {
        builder.ToTable("Clientondersteuners");
        builder.AlsSyncItem();
        builder.Property(c => c.Naam).HasMaxLength(200);
        builder.Property(c => c.Organisatie).HasMaxLength(200);
        builder.Property(c => c.Omschrijving).HasMaxLength(4000);
        builder.Property(c => c.Telefoon).HasMaxLength(40);
        builder.Property(c => c.Email).HasMaxLength(254);
        builder.Property(c => c.Website).HasMaxLength(300);
        builder.Property(c => c.Talen).HasMaxLength(300);
        builder.Property(c => c.Toegankelijkheid).HasMaxLength(1000);
        builder.ComplexCollection(c => c.Werkgebieden, w => w.ToJson());
    }
}
