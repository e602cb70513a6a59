namespace HttpMonitor.Ui;

internal enum HistoryKind
{
    Triggered,
    Recovered,
    /// <summary>The thresholds or intervals were changed in the window.</summary>
    Settings,
    /// <summary>A notification could not be delivered.</summary>
    NotificationFailed,
    /// <summary>Two or more statistics windows without a line, closed at once (a gap in the log).</summary>
    Gap,
}

/// <summary>One line of the alert history: an alert's trigger or recovery, or a change of thresholds.</summary>
/// <param name="Critical">A critical rule's: drawn in its own colour.</param>
internal sealed record HistoryEntry(HistoryKind Kind, string Message, bool Critical = false);
