namespace HttpMonitor.Ui;

/// <summary>What a piece of text means; the views map it to a color.</summary>
internal enum Tone
{
    Normal,
    Dim,
    Good,
    Warning,
    Alert,
    Recovered,
    Settings,
    Threshold,
    Bar,
}
