using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Statistics windows [Start, End) without a single line, closed by one move of the clock (a gap
/// in the log, or an old log read up to the present): reported once, not window by window.
/// </summary>
public sealed record Gap(DateTimeOffset Start, DateTimeOffset End, long Windows) : MonitorEvent(End);
