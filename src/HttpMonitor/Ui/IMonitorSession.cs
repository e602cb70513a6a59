using HttpMonitor.Core.Options;

namespace HttpMonitor.Ui;

/// <summary>What the window needs from a running monitor: the latest state, and a way to change its thresholds.</summary>
internal interface IMonitorSession
{
    /// <summary>The latest state; callable from any thread, cheap.</summary>
    ScreenState Read();

    /// <summary>New thresholds and intervals for the running pipeline, recorded in the alert history.</summary>
    void Apply(MonitorOptions options);
}
