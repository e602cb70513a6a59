using System.Text.RegularExpressions;
using HttpMonitor.Tests.Support;
using Terminal.Gui.Input;

namespace HttpMonitor.Tests.Ui;

/// <summary>The sections table in the window: numbers whole, long paths shortened in the middle, columns dropped when narrow.</summary>
public sealed class SectionsTableTests
{
    private const string LongPath = "/api/v2/customers/8f14e45fceea167a5a36dedd4bea2543/orders/2026/11/invoice-final.pdf";

    [Fact]
    public void Table_LongPathAt100Columns_KeepsTheSizeWholeAndShortensThePathInTheMiddle()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 100, 30);

        session.Push(Some.Window(0, Some.Section("/api", 30, LongPath, 174_797)));
        ui.Refresh();

        string row = ApiRow(ui);
        Assert.EndsWith("170.7 KiB", row, StringComparison.Ordinal);
        Assert.Contains("/api/v2/", row, StringComparison.Ordinal);
        Assert.Contains("…", row, StringComparison.Ordinal);
        Assert.Contains("invoice-final.pdf", row, StringComparison.Ordinal);
    }

    [Fact]
    public void Table_AnyWidth_NeverCutsASizeOrAHeader()
    {
        var session = new FakeSession();
        using var ui = new WindowHarness(session, 200, 30);
        session.Push(Some.Window(0, Some.Section("/api", 30, LongPath, 8 * 1024 * 1024)));
        ui.Refresh();

        for (int width = 30; width <= 200; width += 3)
        {
            ui.Resize(width, 30);
            string row = ApiRow(ui);
            string header = ui.Rows.First(r => r.StartsWith("section", StringComparison.Ordinal));
            Assert.True(!row.Contains("8.0", StringComparison.Ordinal) || row.Contains("8.0 MiB", StringComparison.Ordinal), $"{width}: {row}");
            Assert.DoesNotMatch(@" (8|8\.|2\.9|2\.9 K|2\.9 Ki)$", row);
            Assert.Matches(@"^section( +(hits|share|4xx|5xx|bytes|heaviest|size))*$", header);
        }
    }

    [Fact]
    public void Table_PageDown_KeepsTheHeaderInView()
    {
        using var ui = ManySections(out _);

        ui.Press(Key.PageDown);

        Assert.Contains(ui.Rows, r => Regex.IsMatch(r, "^section +hits"));
        Assert.DoesNotContain(ui.Rows, r => r.StartsWith("/s00 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_Down_RevealsTheNextHiddenRow()
    {
        using var ui = ManySections(out _);
        string lastShown = ui.Rows.Last(r => r.StartsWith("/s", StringComparison.Ordinal))[..4];
        string next = $"/s{int.Parse(lastShown[2..], System.Globalization.CultureInfo.InvariantCulture) + 1:00}";

        ui.Press(Key.CursorDown);

        Assert.Contains(ui.Rows, r => r.StartsWith(next + " ", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_EndThenHome_ShowTheLastThenTheFirstSection()
    {
        using var ui = ManySections(out _);

        ui.Press(Key.End);
        Assert.Contains(ui.Rows, r => r.StartsWith("/s29 ", StringComparison.Ordinal));

        ui.Press(Key.Home);
        Assert.Contains(ui.Rows, r => r.StartsWith("/s00 ", StringComparison.Ordinal));
    }

    [Fact]
    public void Table_RowsHidden_SaysHowManyMore()
    {
        using var ui = ManySections(out _);
        int shown = ui.Rows.Count(r => r.StartsWith("/s", StringComparison.Ordinal));

        Assert.Contains(ui.Rows, r => r.Contains($"↓ {30 - shown} more", StringComparison.Ordinal));
    }

    [Fact]
    public void Help_ListsEveryScrollingKey()
    {
        using var ui = new WindowHarness(new FakeSession(), 100, 40);

        ui.Press(Key.F1);

        foreach (string key in new[] { "↑", "↓", "PgUp", "PgDn", "Home", "End", "[", "]", "Esc" })
        {
            Assert.Contains(key, ui.Screen, StringComparison.Ordinal);
        }
    }

    private static WindowHarness ManySections(out FakeSession session)
    {
        session = new FakeSession();
        var ui = new WindowHarness(session);
        session.Push(Some.Window(0, [.. Enumerable.Range(0, 30).Select(i => Some.Section($"/s{i:00}", 100 - i))]));
        ui.Refresh();
        return ui;
    }

    private static string ApiRow(WindowHarness ui) => ui.Rows.First(r => r.StartsWith("/api ", StringComparison.Ordinal));
}
