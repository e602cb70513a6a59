using System.Text.Encodings.Web;
using System.Text.Json;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Core.Profile;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Output;

/// <summary>One JSON object per line, in the schema of SEMANTICS.md; times in UTC, whole seconds.</summary>
internal sealed class JsonLinesRenderer(Stream output, int top) : IMonitorRenderer
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Keeps non-ASCII paths readable; quotes, backslashes and control characters are still escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Utf8JsonWriter _json = new(output, WriterOptions);
    private TrafficProfile? _latestProfile;
    private bool _profileWritten;

    public void Render(MonitorEvent e)
    {
        switch (e)
        {
            case WindowStats w:
                Write(w);
                break;
            case Gap g:
                Write(g);
                break;
            case AlertEvent a:
                Write(a);
                break;
            case TrafficProfile { Final: true } p:
                Write(p);
                break;
            case TrafficProfile p:
                _latestProfile = p;
                break;
        }
    }

    public void Summary(LineCounts counts, int alerts)
    {
        if (!_profileWritten && _latestProfile is not null)
        {
            Write(_latestProfile); // live mode has no end of input: the profile so far
        }

        _json.WriteStartObject();
        LineTotals.Of(counts).WriteFields(_json);
        _json.WriteEndObject();
        EndLine();
    }

    public void Flush()
    {
        _json.Flush();
        output.Flush();
    }

    public void Dispose()
    {
        Flush();
        _json.Dispose();
    }

    private void Write(WindowStats w)
    {
        WindowJson.Write(_json, w, top);
        EndLine();
    }

    private void Write(Gap g)
    {
        _json.WriteStartObject();
        _json.WriteString("type", "gap");
        _json.WriteString("start", TimeFormat.Utc(g.Start));
        _json.WriteString("end", TimeFormat.Utc(g.End));
        _json.WriteNumber("windows", g.Windows);
        _json.WriteEndObject();
        EndLine();
    }

    private void Write(AlertEvent a)
    {
        _json.WriteStartObject();
        AlertJson.WriteProperties(_json, a);
        _json.WriteEndObject();
        EndLine();
    }

    private void Write(TrafficProfile p)
    {
        _profileWritten = true;
        _json.WriteStartObject();
        _json.WriteString("type", "profile");
        WriteNumbers("hours", p.Hours);
        WriteNumbers("errorsByHour", p.ErrorsByHour);
        if (p.Countries is not null)
        {
            _json.WriteStartArray("countries");
            foreach (var c in p.Countries)
            {
                _json.WriteStartObject();
                _json.WriteString("country", c.Country);
                _json.WriteNumber("hits", c.Hits);
                _json.WriteNumber("errors", c.Errors);
                _json.WriteEndObject();
            }

            _json.WriteEndArray();
        }

        _json.WriteStartArray("clients");
        foreach (var c in p.Clients)
        {
            _json.WriteStartObject();
            _json.WriteString("client", c.Client);
            _json.WriteNumber("hits", c.Hits);
            _json.WriteNumber("errors", c.Errors);
            // The sketch's bound on its error: the true hits lie in [hits - overestimate, hits].
            _json.WriteNumber("overestimate", c.Overestimate);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
        _json.WriteStartArray("weekdayHours");
        foreach (var day in p.WeekdayHours)
        {
            WriteNumbers(null, day);
        }

        _json.WriteEndArray();
        WriteLatency(p);
        _json.WriteEndObject();
        EndLine();
    }

    /// <summary>Since start (final profile): "latency" overall and "latencyBySection", the sections with the most timed hits.</summary>
    private void WriteLatency(TrafficProfile p)
    {
        WindowJson.WriteLatency(_json, p.Latency);
        if (p.SectionLatencies.Count == 0)
        {
            return;
        }

        _json.WriteStartArray("latencyBySection");
        foreach (var s in p.SectionLatencies)
        {
            _json.WriteStartObject();
            _json.WriteString("section", s.Section);
            WindowJson.WriteLatency(_json, s.Latency);
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
    }

    private void WriteNumbers(string? name, IReadOnlyList<long> values)
    {
        if (name is null)
        {
            _json.WriteStartArray();
        }
        else
        {
            _json.WriteStartArray(name);
        }

        foreach (long v in values)
        {
            _json.WriteNumberValue(v);
        }

        _json.WriteEndArray();
    }

    private void EndLine()
    {
        _json.Flush();
        output.WriteByte((byte)'\n');
        _json.Reset();
    }
}
