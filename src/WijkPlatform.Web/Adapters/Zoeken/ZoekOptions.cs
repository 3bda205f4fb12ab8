using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Web.Adapters.Zoeken;

public sealed class ZoekOptions
{
    public const string Section = "Zoeken";

    /// <summary>The folder of this server's search index, relative to the content root or absolute. Every server
    /// (and every process) needs its own: the index is a local copy that is rebuilt from the database.</summary>
    [Required(ErrorMessage = "Zoeken:IndexMap ontbreekt: geef een map op voor de zoekindex.")]
    public string IndexMap { get; set; } = Path.Combine("App_Data", "zoekindex");

    /// <summary>Searches per client address per minute. A person reading results never comes near it; a script that
    /// pulls the whole site through the search box (each search costs the index real work) is stopped.</summary>
    [Range(1, int.MaxValue, ErrorMessage = "Zoeken:PerAdresPerMinuut moet 1 of meer zijn.")]
    public int PerAdresPerMinuut { get; set; } = 60;
}
