using Microsoft.EntityFrameworkCore;
using WijkPlatform.Core.Agenda;

namespace WijkPlatform.Core.Data;

public sealed class PostgresWijkDbContext(DbContextOptions<PostgresWijkDbContext> options) : WijkDbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);

        // A wall-clock time in Europe/Amsterdam, not an instant: Npgsql would map DateTime to timestamptz and demand UTC.
        modelBuilder.Entity<Activiteit>().Property(a => a.StartLokaal).HasColumnType("timestamp without time zone");
    }
}
