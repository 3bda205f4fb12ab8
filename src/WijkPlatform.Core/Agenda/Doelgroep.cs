namespace WijkPlatform.Core.Agenda;

public enum Doelgroep
{
    Iedereen = 0,
    Kinderen = 1,
    Jongeren = 2,
    Volwassenen = 3,
    Ouderen = 4,
    Mantelzorgers = 5,
}
