using System.Text.Encodings.Web;
using System.Text.Json;
using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Pipeline;
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

    public void Render(MonitorEvent e)
    {
        switch (e)
        {
            case WindowStats w:
                Write(w);
                break;
            case AlertEvent a:
                Write(a);
                break;
        }
    }

    public void Summary(LineCounts counts, int alerts)
    {
        _json.WriteStartObject();
        _json.WriteString("type", "summary");
        _json.WriteNumber("lines", counts.Lines);
        _json.WriteNumber("accepted", counts.Accepted);
        _json.WriteNumber("rejected", counts.Rejected);
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
        _json.WriteStartObject();
        _json.WriteString("type", "stats");
        _json.WriteString("start", TimeFormat.Utc(w.Start));
        _json.WriteString("end", TimeFormat.Utc(w.End));
        _json.WriteBoolean("partial", w.Partial);
        _json.WriteNumber("hits", w.Hits);
        _json.WriteNumber("errors4xx", w.Errors4xx);
        _json.WriteNumber("errors5xx", w.Errors5xx);
        _json.WriteNumber("bytes", w.Bytes);
        _json.WriteStartArray("sections");
        foreach (var s in w.Sections.Take(top))
        {
            _json.WriteStartObject();
            _json.WriteString("section", s.Section);
            _json.WriteNumber("hits", s.Hits);
            _json.WriteNumber("errors4xx", s.Errors4xx);
            _json.WriteNumber("errors5xx", s.Errors5xx);
            _json.WriteNumber("bytes", s.Bytes);
            _json.WriteStartObject("heaviest");
            _json.WriteString("path", s.HeaviestPath);
            _json.WriteNumber("bytes", s.HeaviestBytes);
            _json.WriteEndObject();
            _json.WriteEndObject();
        }

        _json.WriteEndArray();
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

    private void EndLine()
    {
        _json.Flush();
        output.WriteByte((byte)'\n');
        _json.Reset();
    }
}
