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
    private WindowStats? _firstQuiet;
    private WindowStats? _lastQuiet;
    private TrafficProfile? _latestProfile;
    private bool _profileWritten;

    public void Render(MonitorEvent e)
    {
        switch (e)
        {
            case WindowStats { Hits: 0 } w:
                Quiet(w);
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

    private void Quiet(WindowStats w)
    {
        if (_firstQuiet is null)
        {
            _firstQuiet = w;
            output.WriteLine(TextFormat.WindowHeader(w) + " no traffic");
        }

        _lastQuiet = w;
    }

    private void EndQuiet()
    {
        if (_firstQuiet is not null && _lastQuiet is not null && _lastQuiet != _firstQuiet)
        {
            long windows = (long)((_lastQuiet.End - _firstQuiet.End).TotalSeconds / (_firstQuiet.End - _firstQuiet.Start).TotalSeconds);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"   … no traffic until {TimeFormat.Utc(_lastQuiet.End)} ({windows} more empty windows)"));
        }

        _firstQuiet = _lastQuiet = null;
    }
}
