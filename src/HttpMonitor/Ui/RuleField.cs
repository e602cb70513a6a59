namespace HttpMonitor.Ui;

/// <summary>A field of the rules dialog: where a problem is shown and the cursor put.</summary>
internal enum RuleField
{
    Name,
    Metric,
    Trigger,
    Threshold,
    Recover,
    Window,
    For,
    Section,
    Severity,
    /// <summary>Not a rule's: the statistics interval, below the rules.</summary>
    StatisticsInterval,
}
