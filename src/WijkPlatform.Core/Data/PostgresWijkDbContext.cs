using Microsoft.EntityFrameworkCore;

namespace WijkPlatform.Core.Data;

public sealed class PostgresWijkDbContext(DbContextOptions<PostgresWijkDbContext> options) : WijkDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // Properties named ...Lokaal hold a wall-clock time in Europe/Amsterdam, not an instant: Npgsql would map a
        // DateTime to timestamptz and demand UTC.
        var lokaal = modelBuilder.Model.GetEntityTypes()
            .SelectMany(e => e.GetProperties())
            .Where(p => p.Name.EndsWith("Lokaal", StringComparison.Ordinal) && (p.ClrType == typeof(DateTime) || p.ClrType == typeof(DateTime?)));
        foreach (var property in lokaal)
        {
            property.SetColumnType("timestamp without time zone");
        }
    }
}
