using System.Globalization;
using System.Text;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// Prometheus's text exposition format, version 0.0.4: each family's <c># HELP</c> and
/// <c># TYPE</c> lines, then its samples, <c>name{label="value",…} number</c>. Label values escape
/// <c>\</c>, <c>"</c> and line feeds; help text escapes <c>\</c> and line feeds; numbers are written
/// in the invariant culture (<c>+Inf</c> for the histogram's last bucket).
/// </summary>
internal sealed class ExpositionWriter
{
    public const string ContentType = "text/plain; version=0.0.4; charset=utf-8";

    private readonly StringBuilder _text = new();

    /// <summary>Starts a family: its samples follow, all together (the format allows a family once).</summary>
    public void Family(string name, string type, string help)
    {
        _text.Append("# HELP ").Append(name).Append(' ');
        foreach (char c in help)
        {
            _text.Append(c switch { '\\' => @"\\", '\n' => @"\n", _ => c.ToString() });
        }

        _text.Append("\n# TYPE ").Append(name).Append(' ').Append(type).Append('\n');
    }

    public void Sample(string name, long value, params ReadOnlySpan<(string Name, string Value)> labels) =>
        Sample(name, value.ToString(CultureInfo.InvariantCulture), labels);

    public void Sample(string name, double value, params ReadOnlySpan<(string Name, string Value)> labels) =>
        Sample(name, Number(value), labels);

    public override string ToString() => _text.ToString();

    /// <summary>A double as the format writes it: <c>+Inf</c>, <c>-Inf</c>, <c>NaN</c>, or the shortest text that reads back the same.</summary>
    public static string Number(double value) => value switch
    {
        double.PositiveInfinity => "+Inf",
        double.NegativeInfinity => "-Inf",
        double.NaN => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    private void Sample(string name, string value, ReadOnlySpan<(string Name, string Value)> labels)
    {
        _text.Append(name);
        if (labels.Length > 0)
        {
            _text.Append('{');
            for (int i = 0; i < labels.Length; i++)
            {
                _text.Append(i > 0 ? "," : "").Append(labels[i].Name).Append("=\"");
                AppendEscaped(labels[i].Value);
                _text.Append('"');
            }

            _text.Append('}');
        }

        _text.Append(' ').Append(value).Append('\n');
    }

    private void AppendEscaped(string value)
    {
        foreach (char c in value)
        {
            _ = c switch
            {
                '\\' => _text.Append(@"\\"),
                '"' => _text.Append("\\\""),
                '\n' => _text.Append(@"\n"),
                _ => _text.Append(c),
            };
        }
    }
}
