using HttpMonitor.Core.Options;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Ui;

/// <summary>What the window needs from a running monitor: the latest state, and a way to change its thresholds.</summary>
internal interface IMonitorSession
{
    /// <summary>The latest state; callable from any thread, cheap.</summary>
    ScreenState Read();

    /// <summary>Each change of a followed file's state (found, gone, failing), from any thread: the window shows it at once, not at its next refresh.</summary>
    IObservable<FollowStatus> StatusChanges { get; }

    /// <summary>New thresholds and intervals for the running pipeline, recorded in the alert history.</summary>
    void Apply(MonitorOptions options);
}
