using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WijkPlatform.Core.Beheer;

// The Identity tables mapped here rather than by deriving from IdentityDbContext, which lives in an ASP.NET Core
// assembly: Core stays free of ASP.NET Core, and the Web project's EF stores work on any DbContext with these types.
// The shape follows Identity's schema version 2 (composite keys for logins and tokens).
internal sealed class GebruikerConfiguration : IEntityTypeConfiguration<Gebruiker>
{
    public void Configure(EntityTypeBuilder<Gebruiker> builder)
    {
        builder.ToTable("AspNetUsers");
        builder.HasKey(u => u.Id);
        builder.HasIndex(u => u.NormalizedUserName).HasDatabaseName("UserNameIndex").IsUnique();
        builder.HasIndex(u => u.NormalizedEmail).HasDatabaseName("EmailIndex");
        builder.Property(u => u.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(u => u.UserName).HasMaxLength(256);
        builder.Property(u => u.NormalizedUserName).HasMaxLength(256);
        builder.Property(u => u.Email).HasMaxLength(256);
        builder.Property(u => u.NormalizedEmail).HasMaxLength(256);
        builder.Property(u => u.PhoneNumber).HasMaxLength(256);
        builder.Property(u => u.Naam).HasMaxLength(200);
        builder.HasMany<IdentityUserClaim<int>>().WithOne().HasForeignKey(c => c.UserId).IsRequired();
        builder.HasMany<IdentityUserLogin<int>>().WithOne().HasForeignKey(l => l.UserId).IsRequired();
        builder.HasMany<IdentityUserToken<int>>().WithOne().HasForeignKey(t => t.UserId).IsRequired();
        builder.HasMany<IdentityUserRole<int>>().WithOne().HasForeignKey(r => r.UserId).IsRequired();
        builder.HasMany(u => u.Lidmaatschappen).WithOne().HasForeignKey(l => l.GebruikerId);
        builder.HasMany(u => u.Wijken).WithOne().HasForeignKey(w => w.GebruikerId);
    }
}

internal sealed class RolConfiguration : IEntityTypeConfiguration<Rol>
{
    public void Configure(EntityTypeBuilder<Rol> builder)
    {
        builder.ToTable("AspNetRoles");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.NormalizedName).HasDatabaseName("RoleNameIndex").IsUnique();
        builder.Property(r => r.ConcurrencyStamp).IsConcurrencyToken();
        builder.Property(r => r.Name).HasMaxLength(256);
        builder.Property(r => r.NormalizedName).HasMaxLength(256);
        builder.HasMany<IdentityUserRole<int>>().WithOne().HasForeignKey(ur => ur.RoleId).IsRequired();
        builder.HasMany<IdentityRoleClaim<int>>().WithOne().HasForeignKey(rc => rc.RoleId).IsRequired();
    }
}

internal sealed class IdentityTabellenConfiguration :
    IEntityTypeConfiguration<IdentityUserClaim<int>>,
    IEntityTypeConfiguration<IdentityUserLogin<int>>,
    IEntityTypeConfiguration<IdentityUserToken<int>>,
    IEntityTypeConfiguration<IdentityUserRole<int>>,
    IEntityTypeConfiguration<IdentityRoleClaim<int>>
{
    public void Configure(EntityTypeBuilder<IdentityUserClaim<int>> builder)
    {
        builder.ToTable("AspNetUserClaims");
        builder.HasKey(c => c.Id);
    }

    public void Configure(EntityTypeBuilder<IdentityUserLogin<int>> builder)
    {
        builder.ToTable("AspNetUserLogins");
        builder.HasKey(l => new { l.LoginProvider, l.ProviderKey });
        builder.Property(l => l.LoginProvider).HasMaxLength(128);
        builder.Property(l => l.ProviderKey).HasMaxLength(128);
    }

    public void Configure(EntityTypeBuilder<IdentityUserToken<int>> builder)
    {
        builder.ToTable("AspNetUserTokens");
        builder.HasKey(t => new { t.UserId, t.LoginProvider, t.Name });
        builder.Property(t => t.LoginProvider).HasMaxLength(128);
        builder.Property(t => t.Name).HasMaxLength(128);
    }

    public void Configure(EntityTypeBuilder<IdentityUserRole<int>> builder)
    {
        builder.ToTable("AspNetUserRoles");
        builder.HasKey(r => new { r.UserId, r.RoleId });
    }

    public void Configure(EntityTypeBuilder<IdentityRoleClaim<int>> builder)
    {
        builder.ToTable("AspNetRoleClaims");
        builder.HasKey(rc => rc.Id);
    }
}

internal sealed class LidmaatschapConfiguration : IEntityTypeConfiguration<Lidmaatschap>
{
    public void Configure(EntityTypeBuilder<Lidmaatschap> builder)
    {
        builder.ToTable("Lidmaatschappen");
        builder.HasKey(l => new { l.GebruikerId, l.OrganisatieId });
        builder.HasOne(l => l.Organisatie).WithMany().HasForeignKey(l => l.OrganisatieId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class WijkBindingConfiguration : IEntityTypeConfiguration<WijkBinding>
{
    public void Configure(EntityTypeBuilder<WijkBinding> builder)
    {
        builder.ToTable("WijkBindingen");
        builder.HasKey(w => new { w.GebruikerId, w.WijkId });
        builder.HasOne(w => w.Wijk).WithMany().HasForeignKey(w => w.WijkId).OnDelete(DeleteBehavior.Restrict);
    }
}
