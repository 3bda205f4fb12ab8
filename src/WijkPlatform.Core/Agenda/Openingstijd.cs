namespace WijkPlatform.Core.Agenda;

/// <summary>A weekly opening slot of a walk-in place (dagontmoeting), such as Tuesday 10:00–16:00.</summary>
public sealed class Openingstijd
{
    public DayOfWeek Dag { get; set; }
    public TimeOnly Van { get; set; }
    public TimeOnly Tot { get; set; }
}
