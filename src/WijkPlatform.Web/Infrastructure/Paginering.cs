namespace WijkPlatform.Web.Infrastructure;

/// <summary>What the shared page navigation (_Paginering) needs: where we are and how to link to another page.</summary>
/// <param name="LaatsteOnbekend">The list was counted only part of the way, so <paramref name="AantalPaginas"/> is not the
/// last page and gets no "last page" link of its own.</param>
public sealed record Paginering(int Pagina, int AantalPaginas, Func<int, string> Link, bool LaatsteOnbekend = false);
