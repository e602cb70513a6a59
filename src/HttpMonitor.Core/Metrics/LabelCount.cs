using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Metrics;

/// <summary>What was counted under one label value (a section or a vhost, or "other") since start.</summary>
public sealed record LabelCount(string Label, Tally Tally);
