namespace WijkPlatform.Web.Infrastructure;

/// <summary>What the shared page navigation (_Paginering) needs: where we are and how to link to another page.</summary>
public sealed record Paginering(int Pagina, int AantalPaginas, Func<int, string> Link);
