using HttpMonitor.Output;

namespace HttpMonitor.Cli;

internal static class OutputFormat
{
    public const string Text = "text";
    public const string JsonLines = "jsonl";

    /// <summary>A renderer on standard output in the chosen format.</summary>
    public static IMonitorRenderer Create(string format, int top)
    {
        var stdout = new BufferedStream(new StandardOutput(), 1 << 16);
        return format == JsonLines
            ? new JsonLinesRenderer(stdout, top)
            : new TextRenderer(new StreamWriter(stdout, new System.Text.UTF8Encoding(false)) { AutoFlush = false }, top);
    }
}
