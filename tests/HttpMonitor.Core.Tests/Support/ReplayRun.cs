using System.Reactive;
using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Replays log text through the whole engine (parser, clock, pipeline) and collects the events.</summary>
public static class ReplayRun
{
    public static (List<MonitorEvent> Events, LineCounts Counts) Of(string log, MonitorOptions? options = null)
    {
        var events = new List<MonitorEvent>();
        var counts = Replay.Run(new MemoryStream(Encoding.UTF8.GetBytes(log)), options ?? new MonitorOptions(), Observer.Create<MonitorEvent>(events.Add));
        return (events, counts);
    }

    public static string Lines(params string[] lines) => string.Join('\n', lines) + "\n";

    /// <summary>Events but the per-second ones, with times in seconds since <see cref="Some.Start"/>.</summary>
    public static List<string> Timeline(IEnumerable<MonitorEvent> events) =>
        events.Where(e => Support.Timeline.Shown(e)).Select(e => Support.Timeline.Describe(e, Some.Start)).ToList();
}
