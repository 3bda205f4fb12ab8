using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Web.Adapters.Taken;

public sealed class TakenOptions
{
    public const string Section = "Taken";
    public const string Geheugen = "Geheugen";
    public const string PostgreSql = "PostgreSql";

    /// <summary>Where Hangfire keeps its queue and schedule. Geheugen: in this process, fine for one server, since
    /// the outbox and the other tables it drains are durable. PostgreSql: in the site's own database (schema
    /// "hangfire"), for several servers that share the work.</summary>
    [Required(ErrorMessage = "Taken:Opslag ontbreekt: kies Geheugen of PostgreSql.")]
    [RegularExpression("^(Geheugen|PostgreSql)$", ErrorMessage = "Taken:Opslag moet Geheugen of PostgreSql zijn.")]
    public string Opslag { get; set; } = Geheugen;
}
