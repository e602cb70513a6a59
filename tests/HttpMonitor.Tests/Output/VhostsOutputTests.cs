using System.Text;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;
using HttpMonitor.Output;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Output;

/// <summary>A window's top vhosts in text and jsonl (SEMANTICS "Virtual hosts"); windows without vhosts look as before.</summary>
public sealed class VhostsOutputTests
{
    private static readonly WindowStats WithVhosts = Some.Window(0, Some.Section("/api", 3), Some.Section("/", 1)) with
    {
        Vhosts = [new VhostStats("api.example.com", new Tally(3, 1, 0, 300)), new VhostStats("www.example.com", new Tally(1, 0, 1, 100))],
    };

    [Fact]
    public void Jsonl_WindowWithVhosts_ListsTheTopOnesAfterSections()
    {
        string line = Jsonl(top: 1, WithVhosts);

        Assert.EndsWith(""","vhosts":[{"vhost":"api.example.com","hits":3,"errors4xx":1,"errors5xx":0,"bytes":300}]}""", line, StringComparison.Ordinal);
    }

    [Fact]
    public void Jsonl_WindowWithoutVhosts_HasNoVhostsKey()
    {
        Assert.DoesNotContain("vhosts", Jsonl(top: 10, Some.Window(0, Some.Section("/", 1))), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_WindowWithVhosts_AddsTheirTable()
    {
        var lines = TextFormat.Window(WithVhosts, top: 1).ToList();

        Assert.Equal(
            [
                "   vhost                        hits  share    4xx    5xx     bytes",
                "   api.example.com                 3    75%      1      0     300 B",
                "   … 1 more vhost",
            ],
            lines[^3..]);
    }

    [Fact]
    public void Text_WindowWithoutVhosts_HasNoVhostTable()
    {
        Assert.DoesNotContain(TextFormat.Window(Some.Window(0, Some.Section("/", 1)), top: 10), l => l.Contains("vhost", StringComparison.Ordinal));
    }

    private static string Jsonl(int top, WindowStats window)
    {
        var output = new MemoryStream();
        using (var renderer = new JsonLinesRenderer(output, top))
        {
            renderer.Render(window);
        }

        return Encoding.UTF8.GetString(output.ToArray()).Trim();
    }
}
