namespace HttpMonitor.Ui;

/// <summary>One row of the sections table, every cell already formatted and escaped.</summary>
internal sealed record SectionRow(string Section, string Hits, string Share, string Errors4xx, string Errors5xx, string Bytes, string Heaviest, string Size);
