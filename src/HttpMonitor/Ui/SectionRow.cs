namespace HttpMonitor.Ui;

/// <summary>One row of the sections table, every cell already formatted and escaped.</summary>
internal sealed record SectionRow(string Section, string Hits, string Share, string Errors4xx, string Errors5xx, string Bytes, string Heaviest, string Size)
{
    /// <summary>p50/p95/p99 for a timed log; null for an untimed one (no latency columns).</summary>
    public LatencyCells? Latency { get; init; }
}
