using System.Reflection;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests;

/// <summary>
/// The folders of HttpMonitor.Core depend on each other in one direction only: what each type
/// uses, read from the compiled code (signatures and method bodies, lambdas included), never
/// forms a cycle. Run it alone with <c>dotnet test --filter ArchitectureTests</c>.
/// </summary>
public sealed class ArchitectureTests
{
    private static readonly Assembly Core = typeof(LogClock).Assembly;

    [Fact]
    public void CoreFolders_DependOnEachOtherInOneDirection_NoCycle()
    {
        var edges = NamespaceDependencies.Of(Core, "HttpMonitor.Core");

        var cycle = NamespaceDependencies.FindCycle(edges);

        Assert.True(cycle is null, $"namespace cycle: {string.Join(" → ", cycle ?? [])}\nall: {Describe(edges)}");
    }

    [Fact]
    public void CoreFolders_FollowTheDataPath()
    {
        // Each folder may use only those before it on the way from log line to events (ARCHITECTURE.md).
        string[] order = ["Platform", "Collections", "Sources", "Parsing", "Clock", "Geo", "Pipeline", "Profile", "Alerts", "Notifications", "Metrics", "Options", "Monitor", "Demo"];
        var edges = NamespaceDependencies.Of(Core, "HttpMonitor.Core");

        var backwards = edges.SelectMany(e => e.Value.Select(to => (From: e.Key, To: to)))
            .Where(e => e.From != "" && e.To != "" && Array.IndexOf(order, e.To) >= Array.IndexOf(order, e.From))
            .Select(e => $"{e.From} → {e.To}")
            .ToList();

        Assert.Empty(backwards);
        Assert.All(edges.Keys.Where(k => k != ""), folder => Assert.Contains(folder, order));
    }

    [Fact]
    public void SourceFiles_AreAtMost300LinesLong()
    {
        // Short files (issue 13): a longer one is split by what its parts do (LatencySketch.*.cs).
        var sources = Directory.EnumerateFiles(Repository.File("src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();

        var tooLong = sources.Select(f => (File: Path.GetRelativePath(Repository.File("."), f), Lines: File.ReadLines(f).Count())).Where(f => f.Lines > 300);

        Assert.NotEmpty(sources);
        Assert.Empty(tooLong);
    }

    [Fact]
    public void Checker_SeesWhatOnlyALambdaUses()
    {
        // The checks above would pass vacuously if the scan missed method bodies.
        var edges = NamespaceDependencies.Of(typeof(ArchitectureTests).Assembly, "HttpMonitor.Core.Tests.Support.ScanSample");

        Assert.Equal(["Used"], edges["Uses"]);
    }

    [Fact]
    public void Checker_FindsACycle_WhenThereIsOne()
    {
        var edges = new Dictionary<string, HashSet<string>> { ["A"] = ["B"], ["B"] = ["C"], ["C"] = ["A"] };

        Assert.Equal(["A", "B", "C", "A"], NamespaceDependencies.FindCycle(edges));
    }

    private static string Describe(Dictionary<string, HashSet<string>> edges) =>
        string.Join("; ", edges.OrderBy(e => e.Key).Select(e => $"{e.Key} → {string.Join(", ", e.Value.Order())}"));
}
