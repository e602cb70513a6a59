using System.Text.Json;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Metrics;

/// <summary>A statistics window as the <c>"stats"</c> object of SEMANTICS.md (<c>--output jsonl</c>), field for field.</summary>
internal static class WindowJson
{
    /// <summary>Writes the window as an object; <paramref name="top"/> sections and vhosts.</summary>
    public static void Write(Utf8JsonWriter json, WindowStats w, int top)
    {
        json.WriteStartObject();
        json.WriteString("type", "stats");
        json.WriteString("start", TimeFormat.Utc(w.Start));
        json.WriteString("end", TimeFormat.Utc(w.End));
        json.WriteBoolean("partial", w.Partial);
        WriteTally(json, w.Tally);
        json.WriteStartArray("sections");
        foreach (var s in w.Sections.Take(top))
        {
            json.WriteStartObject();
            json.WriteString("section", s.Section);
            WriteTally(json, s.Tally);
            json.WriteStartObject("heaviest");
            json.WriteString("path", s.HeaviestPath);
            json.WriteNumber("bytes", s.HeaviestBytes);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (w.Vhosts.Count > 0)
        {
            json.WriteStartArray("vhosts");
            foreach (var v in w.Vhosts.Take(top))
            {
                json.WriteStartObject();
                json.WriteString("vhost", v.Vhost);
                WriteTally(json, v.Tally);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
    }

    private static void WriteTally(Utf8JsonWriter json, Tally t)
    {
        json.WriteNumber("hits", t.Hits);
        json.WriteNumber("errors4xx", t.Errors4xx);
        json.WriteNumber("errors5xx", t.Errors5xx);
        json.WriteNumber("bytes", t.Bytes);
    }
}
