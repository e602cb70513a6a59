namespace HttpMonitor.Core.Metrics;

/// <summary>The metrics endpoint cannot listen where it was asked to. Its message is one line: where, why, and what to do.</summary>
public sealed class ListenException(string message) : Exception(message);
