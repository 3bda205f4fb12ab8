namespace WijkPlatform.Core.Agenda;

/// <summary>Turns an uploaded photo into the web images of an activity, or refuses it with a message for the person
/// who chose it. The stream is read to its end (at most <see cref="UploadAfbeelding.MaxBytes"/>); nothing is stored
/// unless the whole photo could be read.</summary>
public interface IAfbeeldingVerwerker
{
    Task<AfbeeldingUitkomst> VerwerkAsync(Stream inhoud, CancellationToken cancellationToken);
}
