using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WijkPlatform.Core.Mail;

internal sealed class OutboxConfiguration : IEntityTypeConfiguration<OutboxBericht>
{
    public void Configure(EntityTypeBuilder<OutboxBericht> builder)
    {
        builder.ToTable("Outbox");
        builder.Property(m => m.MessageId).HasMaxLength(100);
        builder.Property(m => m.Soort).HasMaxLength(60);
        builder.Property(m => m.Aan).HasMaxLength(254);
        builder.Property(m => m.AanNaam).HasMaxLength(200);
        builder.Property(m => m.Onderwerp).HasMaxLength(300);
        builder.Property(m => m.BijlageNaam).HasMaxLength(100);
        builder.Property(m => m.BijlageType).HasMaxLength(100);
        builder.Property(m => m.LaatsteFout).HasMaxLength(1000);
        builder.Property(m => m.AfmeldUrl).HasMaxLength(500);
        // The sender's query: what is still to be sent, and due.
        builder.HasIndex(m => new { m.VerzondenUtc, m.VolgendePogingUtc });
        // Privacy requests look up every mail to an address; the per-address limits count them.
        builder.HasIndex(m => m.Aan);
    }
}
