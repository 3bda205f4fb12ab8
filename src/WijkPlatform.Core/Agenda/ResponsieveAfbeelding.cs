namespace WijkPlatform.Core.Agenda;

/// <summary>What an <c>&lt;img&gt;</c> of an uploaded photo needs: the largest version as <see cref="Src"/>, every
/// version in <see cref="Srcset"/>, and the intrinsic size so the page does not jump while it loads.</summary>
public sealed record ResponsieveAfbeelding(string Src, string Srcset, string Sizes, int Breedte, int Hoogte);
