using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Output;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Output;

/// <summary>A window's top sources in text and jsonl (SEMANTICS "Sources"); windows of one input look as before.</summary>
public sealed class SourcesOutputTests
{
    private static readonly WindowStats WithSources = Some.Window(0, Some.Section("/api", 3), Some.Section("/", 1)) with
    {
        Sources = [new SourceStats("/var/log/nginx/api.log", new Tally(3, 1, 0, 300)), new SourceStats("web2", new Tally(1, 0, 1, 100))],
    };

    [Fact]
    public void Jsonl_WindowWithSources_ListsTheTopOnesLast()
    {
        var output = new MemoryStream();
        using (var renderer = new JsonLinesRenderer(output, 1))
        {
            renderer.Render(WithSources);
        }

        Assert.EndsWith(""","sources":[{"source":"/var/log/nginx/api.log","hits":3,"errors4xx":1,"errors5xx":0,"bytes":300}]}""", Encoding.UTF8.GetString(output.ToArray()).Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_WindowWithSources_AddsTheirTable()
    {
        var lines = TextFormat.Window(WithSources, top: 1).ToList();

        Assert.Equal(
            [
                "   source                               hits  share    4xx    5xx     bytes",
                "   /var/log/nginx/api.log                  3    75%      1      0     300 B",
                "   … 1 more source",
            ],
            lines[^3..]);
    }

    [Fact]
    public void Text_WindowOfOneInput_HasNoSourceTable() =>
        Assert.DoesNotContain(TextFormat.Window(Some.Window(0, Some.Section("/", 1)), top: 10), l => l.Contains("source", StringComparison.Ordinal));
}
