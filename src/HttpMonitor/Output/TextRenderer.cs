using System.Globalization;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Output;

/// <summary>
/// Output a person can scan: each closed window as a compact table of its top sections,
/// each alert as its message. A run of empty windows is said once, not once per window.
/// </summary>
internal sealed class TextRenderer(TextWriter output, int top) : IMonitorRenderer
{
    // A run of windows without traffic: said once, then summed up when traffic comes back.
    private bool _quiet;
    private DateTimeOffset _quietUntil;
    private long _moreQuietWindows;
    private TrafficProfile? _latestProfile;
    private bool _profileWritten;

    public void Render(MonitorEvent e)
    {
        switch (e)
        {
            case WindowStats { Hits: 0 } w:
                Quiet(w.Start, w.End, windows: 1);
                break;
            case Gap g:
                Quiet(g.Start, g.End, g.Windows);
                break;
            case WindowStats w:
                EndQuiet();
                foreach (string line in TextFormat.Window(w, top))
                {
                    output.WriteLine(line);
                }

                break;
            case AlertEvent a:
                EndQuiet();
                output.WriteLine(TextFormat.Alert(a));
                break;
            case TrafficProfile { Final: true } p:
                EndQuiet();
                WriteProfile(p);
                break;
            case TrafficProfile p:
                _latestProfile = p;
                break;
        }
    }

    public void Summary(LineCounts counts, int alerts)
    {
        EndQuiet();
        if (!_profileWritten && _latestProfile is not null)
        {
            WriteProfile(_latestProfile);
        }

        output.WriteLine(TextFormat.Summary(counts, alerts));
        if (counts.LatestRejected is { } rejected)
        {
            output.WriteLine($"latest rejected line: {TerminalText.Escape(rejected)}");
        }
    }

    public void Flush() => output.Flush();

    public void Dispose() => Flush();

    private void WriteProfile(TrafficProfile p)
    {
        _profileWritten = true;
        foreach (string line in ProfileFormat.Lines(p))
        {
            output.WriteLine(line);
        }
    }

    /// <param name="windows">How many empty windows [<paramref name="start"/>, <paramref name="end"/>) holds.</param>
    private void Quiet(DateTimeOffset start, DateTimeOffset end, long windows)
    {
        if (!_quiet)
        {
            var first = start + ((end - start) / windows);
            output.WriteLine(TextFormat.WindowHeader(start, first, partial: false) + " no traffic");
            (_quiet, _moreQuietWindows) = (true, windows - 1);
        }
        else
        {
            _moreQuietWindows += windows;
        }

        _quietUntil = end;
    }

    private void EndQuiet()
    {
        if (_quiet && _moreQuietWindows > 0)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   … no traffic until {TimeFormat.Utc(_quietUntil)} ({Plural.Of(_moreQuietWindows, "more empty window")})"));
        }

        _quiet = false;
    }
}
