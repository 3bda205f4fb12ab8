using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace WijkPlatform.Core.Sync;

internal static class SyncItemConfiguration
{
    /// <summary>What every uSync item needs in the database: its Key and its slug are each unique.</summary>
    public static EntityTypeBuilder<T> AlsSyncItem<T>(this EntityTypeBuilder<T> builder, int slugLengte = 80)
        where T : class, ISyncItem
    {
        builder.HasIndex(i => i.Key).IsUnique();
        builder.HasIndex(i => i.Slug).IsUnique();
        builder.Property(i => i.Slug).HasMaxLength(slugLengte);
        return builder;
    }
}
