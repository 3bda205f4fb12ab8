namespace WijkPlatform.Web.Adapters.Afbeeldingen;

/// <summary>The full path of <see cref="AfbeeldingOptions.Map"/>, resolved once against the content root.</summary>
internal sealed record AfbeeldingMap(string Pad);
