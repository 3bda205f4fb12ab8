namespace WijkPlatform.Core.Agenda;

public enum AfbeeldingStatus
{
    Opgeslagen,
    Leeg,
    GeenFoto,
    Heic,
    TeGroot,
    TeVeelPixels,
    Beschadigd,
}
