namespace WijkPlatform.Web.Bedrijfsvoering;

/// <summary>Optional export of traces and metrics with OpenTelemetry (OTLP), off by default.</summary>
public sealed class TelemetrieOptions
{
    public const string Section = "OpenTelemetry";

    public bool Aan { get; set; }

    /// <summary>The OTLP receiver, such as http://collector:4318 (HTTP) or http://collector:4317 (gRPC).</summary>
    public string? Endpoint { get; set; }

    /// <summary>How this site is named in traces; several servers of one site share the name.</summary>
    public string ServiceNaam { get; set; } = "wijkplatform";

    /// <summary>grpc (default) or http/protobuf, as the receiver expects.</summary>
    public string Protocol { get; set; } = "grpc";

    internal bool HeeftGeldigEndpoint =>
        Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
