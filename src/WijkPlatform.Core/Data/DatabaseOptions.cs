using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Core.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (default, one server) or <c>Postgres</c> (production, several servers).</summary>
    [Required]
    [RegularExpression("^(Sqlite|Postgres)$", ErrorMessage = "Database:Provider must be 'Sqlite' or 'Postgres'.")]
    public string Provider { get; set; } = "Sqlite";

    /// <summary>Apply pending migrations at start. On by default for SQLite; with several servers on PostgreSQL
    /// migrations run once as a deploy step (<c>dotnet WijkPlatform.Web.dll migrate</c>).</summary>
    public bool? MigrateAtStart { get; set; }

    public bool IsPostgres => string.Equals(Provider, "Postgres", StringComparison.Ordinal);
}
