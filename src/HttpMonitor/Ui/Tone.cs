namespace HttpMonitor.Ui;

/// <summary>What a piece of text means; the views map it to a color.</summary>
internal enum Tone
{
    Normal,
    Dim,
    Good,
    Warning,
    Alert,
    /// <summary>A critical rule's alert: its own colour, apart from a warning's.</summary>
    Critical,
    Recovered,
    Settings,
    Threshold,
    Bar,
}
