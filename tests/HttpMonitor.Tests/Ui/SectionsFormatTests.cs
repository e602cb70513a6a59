using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class SectionsFormatTests
{
    [Fact]
    public void Rows_LastWindow_FormattedInRankOrder()
    {
        var snapshot = Some.Snapshot(Some.Window(0, Some.Section("/api", 3, "/api/users", 2048), Some.Section("/blog", 1)));

        var rows = SectionsFormat.Rows(snapshot, sinceStart: false);

        Assert.Equal(
            [
                new SectionRow("/api", "3", "75%", "0", "0", "300 B", "/api/users", "2.0 KiB"),
                new SectionRow("/blog", "1", "25%", "0", "0", "100 B", "/x", "100 B"),
            ],
            rows);
    }

    [Fact]
    public void Rows_SinceStart_RankedByHitsThenName()
    {
        var snapshot = Some.Snapshot(Some.Window(0, Some.Section("/b", 2)), Some.Window(10, Some.Section("/a", 2), Some.Section("/c", 5)));

        var rows = SectionsFormat.Rows(snapshot, sinceStart: true);

        Assert.Equal(["/c", "/a", "/b"], rows.Select(r => r.Section));
        Assert.Equal("56%", rows[0].Share);
    }

    [Fact]
    public void Row_ControlCharactersInPaths_AreEscaped()
    {
        var row = SectionsFormat.Row(Some.Section("/\e[31m", 1, "/\e[31m/x\u009b", 10), 1);

        Assert.Equal(@"/\x1b[31m", row.Section);
        Assert.Equal(@"/\x1b[31m/x\x9b", row.Heaviest);
    }

    [Fact]
    public void Title_NoWindowYet_SaysWhenOneCloses()
    {
        Assert.Equal("Sections: no statistics window closed yet (every 10s) [s: since start]", SectionsFormat.Title(Some.Snapshot(), false, Some.Display));
    }
}
