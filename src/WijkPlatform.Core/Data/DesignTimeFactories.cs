using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace WijkPlatform.Core.Data;

/// <summary>Lets `dotnet ef migrations add` build each provider's context without a running host or a database.</summary>
internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresWijkDbContext>
{
    public PostgresWijkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresWijkDbContext>().UseNpgsql("Host=localhost;Database=wijkplatform").Options);
}

internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteWijkDbContext>
{
    public SqliteWijkDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteWijkDbContext>().UseSqlite("Data Source=wijkplatform.db").Options);
}
