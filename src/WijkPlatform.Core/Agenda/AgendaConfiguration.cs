using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using WijkPlatform.Core.Sync;

namespace WijkPlatform.Core.Agenda;

internal sealed class CategorieConfiguration : IEntityTypeConfiguration<Categorie>
{
    public void Configure(EntityTypeBuilder<Categorie> builder)
    {
        builder.ToTable("Categorieen");
        builder.AlsSyncItem();
        builder.Property(c => c.Naam).HasMaxLength(120);
        builder.Property(c => c.Omschrijving).HasMaxLength(2000);
    }
}

internal sealed class ActiviteitConfiguration : IEntityTypeConfiguration<Activiteit>
{
    public void Configure(EntityTypeBuilder<Activiteit> builder)
    {
        builder.ToTable("Activiteiten");
        builder.AlsSyncItem(120);
        builder.HasIndex(a => new { a.WijkId, a.StartLokaal });
        builder.Property(a => a.Titel).HasMaxLength(200);
        builder.Property(a => a.Samenvatting).HasMaxLength(300);
        builder.Property(a => a.Omschrijving).HasMaxLength(20000);
        builder.Property(a => a.Herhaling).HasMaxLength(500);
        builder.Property(a => a.Contact).HasMaxLength(300);
        builder.Property(a => a.Doelgroep).HasConversion<string>().HasMaxLength(20);
        builder.Ignore(a => a.IsGratis);
        builder.Property(a => a.OnlineLink).HasMaxLength(400);
        builder.Property(a => a.Afbeelding).HasMaxLength(300);
        builder.Property(a => a.AfbeeldingAlt).HasMaxLength(300);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.AfgelastReden).HasMaxLength(300);
        builder.Property(a => a.ImportUid).HasMaxLength(300);
        builder.Property(a => a.ImportVingerafdruk).HasMaxLength(64);
        builder.HasIndex(a => new { a.OrganisatieId, a.ImportUid });
        builder.HasIndex(a => a.Status);
        builder.OwnsMany(a => a.Openingstijden, o =>
        {
            o.ToTable("Openingstijden");
            o.WithOwner().HasForeignKey("ActiviteitId");
            o.Property<int>("Id");
            o.HasKey("Id");
        });
        builder.OwnsMany(a => a.Uitzonderingen, u =>
        {
            u.ToTable("Uitzonderingen");
            u.WithOwner().HasForeignKey("ActiviteitId");
            u.Property<int>("Id");
            u.HasKey("Id");
            u.Property(x => x.Reden).HasMaxLength(300);
            u.Ignore(x => x.IsVerplaatsing);
        });
        builder.HasOne(a => a.Categorie).WithMany().HasForeignKey(a => a.CategorieId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Wijk).WithMany().HasForeignKey(a => a.WijkId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Locatie).WithMany().HasForeignKey(a => a.LocatieId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(a => a.Organisatie).WithMany().HasForeignKey(a => a.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class VoorkomenConfiguration : IEntityTypeConfiguration<Voorkomen>
{
    public void Configure(EntityTypeBuilder<Voorkomen> builder)
    {
        builder.ToTable("Voorkomens");
        // The agenda asks for dates from a day back (the longest occurrence) that have not ended yet. With EindUtc in
        // the index that test needs no row lookup, so the dates of the past day, which grow with the number of
        // activities, cost next to nothing and the agenda stays flat as the wijk grows.
        builder.HasIndex(v => new { v.StartUtc, v.EindUtc });
        // The same for one wijk or one category: a filtered page reads its dates in order from these and stops after a
        // page, where joining the activities first read every date of the whole wijk and sorted them.
        builder.HasIndex(v => new { v.WijkId, v.StartUtc, v.EindUtc });
        builder.HasIndex(v => new { v.CategorieId, v.StartUtc, v.EindUtc });
        // Both at once is the common question ("koffie in my wijk"); with one of the two above, counting a thousand
        // matches read ten times as many dates and looked the other up in the table.
        builder.HasIndex(v => new { v.WijkId, v.CategorieId, v.StartUtc, v.EindUtc });
        builder.HasIndex(v => new { v.ActiviteitId, v.StartUtc });
        builder.Property(v => v.Toelichting).HasMaxLength(300);
        builder.HasOne(v => v.Activiteit).WithMany().HasForeignKey(v => v.ActiviteitId).OnDelete(DeleteBehavior.Cascade);
    }
}
