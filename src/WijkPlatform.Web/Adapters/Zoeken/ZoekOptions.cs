using System.ComponentModel.DataAnnotations;

namespace WijkPlatform.Web.Adapters.Zoeken;

public sealed class ZoekOptions
{
    public const string Section = "Zoeken";

    /// <summary>The folder of this server's search index, relative to the content root or absolute. Every server
    /// (and every process) needs its own: the index is a local copy that is rebuilt from the database.</summary>
    [Required(ErrorMessage = "Zoeken:IndexMap ontbreekt: geef een map op voor de zoekindex.")]
    public string IndexMap { get; set; } = Path.Combine("App_Data", "zoekindex");
}
