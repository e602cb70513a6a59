namespace HttpMonitor.Ui;

/// <summary>Hits and errors of one closed second.</summary>
internal readonly record struct SecondCount(long Hits, long Errors);
