namespace WijkPlatform.Core.Sync;

/// <summary>A uSync file that cannot be imported as it is; the message is meant for whoever edits the file.</summary>
public sealed class SyncFoutException : Exception
{
    public SyncFoutException()
    {
    }

    public SyncFoutException(string message)
        : base(message)
    {
    }

    public SyncFoutException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
