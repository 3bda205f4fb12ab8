namespace WijkPlatform.Core.Data;

/// <summary>An item whose last change time is kept, for the search index, caches and ETags.</summary>
public interface IGewijzigd
{
    DateTime GewijzigdUtc { get; set; }
}
