using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Output;

/// <summary>One way of showing the pipeline's events: plain text or JSON lines (the window is the third).</summary>
internal interface IMonitorRenderer : IDisposable
{
    void Render(MonitorEvent e);

    /// <summary>The last words of a run: how many lines were read, accepted and rejected.</summary>
    void Summary(LineCounts counts, int alerts);

    /// <summary>Makes what was rendered visible now (live mode renders as things happen).</summary>
    void Flush();
}
