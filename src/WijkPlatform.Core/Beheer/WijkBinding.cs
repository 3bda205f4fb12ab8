using WijkPlatform.Core.Wijken;

namespace WijkPlatform.Core.Beheer;

/// <summary>A wijkteam member works for these wijken and sees only their requests and figures.</summary>
public sealed class WijkBinding
{
    public int GebruikerId { get; set; }
    public int WijkId { get; set; }
    public Wijk? Wijk { get; set; }
}
