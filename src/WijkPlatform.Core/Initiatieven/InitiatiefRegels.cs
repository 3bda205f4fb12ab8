namespace WijkPlatform.Core.Initiatieven;

/// <summary>Field limits shared by the database, the form and the checks.</summary>
public static class InitiatiefRegels
{
    public const int MaxNaam = 120;
    public const int MaxEmail = 254;
    public const int MaxTelefoon = 30;
    public const int MaxTitel = 120;
    public const int MaxTekst = 4000;
    public const int MaxRegel = 200;
    public const int MaxRegels = 30;
    public const int MaxBijlagen = 5;
    public const long MaxBijlageBytes = 10L * 1024 * 1024;
}
