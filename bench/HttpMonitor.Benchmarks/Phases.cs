using System.Diagnostics;
using System.Reactive;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Monitor;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Profile;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Benchmarks;

/// <summary>
/// A Stopwatch profile of a replay, one layer added at a time (read; + split; + parse; + clock
/// and pipeline), so the cost of each layer is the difference between two rows. CPU time is shown
/// beside wall time because a shared machine makes wall time noisy, and because replay runs on
/// two threads.
/// </summary>
internal static class Phases
{
    /// <param name="format">The log format (<c>--format</c>); auto by default.</param>
    public static void Run(string file, int repeats, string format = LogFormats.Auto)
    {
        for (int r = 0; r < repeats; r++)
        {
            Time("read", file, s => LogStreams.ReadToEnd(s, new LineSplitter(new NoSink()), CancellationToken.None), readOnly: true);
            Time("read+split", file, s => LogStreams.ReadToEnd(s, new LineSplitter(new NoSink()), CancellationToken.None));
            Time("read+split+parse", file, s => LogStreams.ReadToEnd(s, new LineSplitter(new ParseOnly(format)), CancellationToken.None));
            Time("+count (1 thread)", file, s => ReadingThread(s, format: format));
            Time("+count+profile", file, s => ReadingThread(s, new ProfileFold(null), format));
            Time("replay (all)", file, s => Replay.Run(s, new MonitorOptions { LogFormat = format }, Observer.Create<MonitorEvent>(_ => { })));
        }
    }

    /// <summary>
    /// The reading thread's work (split, parse, sum per second), with or without the profile's
    /// sketches, on one thread. Returns the lines accepted.
    /// </summary>
    internal static long ReadingThread(Stream log, ProfileFold? profile = null, string format = LogFormats.Auto)
    {
        var counts = new LineCounts();
        var clock = new LogClock(Observer.Create<ClosedSecond>(second => profile?.Add(second)));
        LogStreams.ReadToEnd(log, new LineSplitter(new LogIngest(clock, counts, format)), CancellationToken.None);
        clock.Complete();
        return counts.Accepted;
    }

    private static void Time(string name, string file, Action<Stream> run, bool readOnly = false)
    {
        GC.Collect();
        long lines = File.ReadLines(file).LongCount();
        using var stream = File.OpenRead(file);
        long allocated = GC.GetTotalAllocatedBytes(precise: true);
        int collections = GC.CollectionCount(0);
        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        if (readOnly)
        {
            var buffer = new byte[LogStreams.ChunkSize];
            while (stream.Read(buffer) > 0)
            {
            }
        }
        else
        {
            run(stream);
        }

        clock.Stop();
        cpu = Process.GetCurrentProcess().TotalProcessorTime - cpu;
        Console.WriteLine(
            $"{name,-18} {clock.Elapsed.TotalSeconds,6:0.000} s  {lines / clock.Elapsed.TotalSeconds / 1e6,6:0.00} M lines/s  " +
            $"{clock.Elapsed.TotalNanoseconds / lines,6:0} ns/line  CPU {cpu.TotalNanoseconds / lines,6:0} ns/line  " +
            $"{(GC.GetTotalAllocatedBytes(precise: true) - allocated) / (double)lines,6:0.0} B/line  {GC.CollectionCount(0) - collections} GCs");
    }

    private sealed class NoSink : ILineSink
    {
        public void OnLine(ReadOnlySpan<byte> line)
        {
        }

        public void OnOverlongLine(ReadOnlySpan<byte> head)
        {
        }
    }

    /// <summary>The format's reader alone; auto's choice made from the first line, as the ingest makes it.</summary>
    private sealed class ParseOnly(string format) : ILineSink
    {
        private ILogFormat? _format = LogFormats.Compile(format);

        public void OnLine(ReadOnlySpan<byte> line) => (_format ??= LogFormats.Detect(line)).Parse(line, out _);

        public void OnOverlongLine(ReadOnlySpan<byte> head)
        {
        }
    }
}
