namespace HttpMonitor.Ui;

/// <summary>A section's response times as the sections table shows them: ms, or "-" without timed hits.</summary>
internal sealed record LatencyCells(string P50, string P95, string P99);
