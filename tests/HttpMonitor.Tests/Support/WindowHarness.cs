using HttpMonitor.Ui;
using Terminal.Gui.App;
using Terminal.Gui.Drivers;
using Terminal.Gui.Input;
using Terminal.Gui.Testing;
using Terminal.Gui.Time;

namespace HttpMonitor.Tests.Support;

/// <summary>The window on a headless ANSI driver in virtual time: keys in, screen text out.</summary>
internal sealed class WindowHarness : IDisposable
{
    private readonly IApplication _app;
    private readonly SessionToken? _token;

    /// <param name="today">The wall clock's time: times on its day are shown without a date. The default is <see cref="Some.T0"/>.</param>
    public WindowHarness(IMonitorSession session, int width = 80, int height = 24, string configPath = "config.json", DateTimeOffset? today = null)
    {
        _app = Application.Create(new VirtualTimeProvider());
        _app.Init(DriverRegistry.Names.ANSI);
        _app.Driver!.SetScreenSize(width, height);
        Window = new MonitorWindow(_app, session, configPath, new TimeDisplay(TimeZoneInfo.Utc, new FixedClock(today ?? Some.T0)));
        _token = _app.Begin(Window);
        Draw();
    }

    public MonitorWindow Window { get; }

    /// <summary>The screen, one string per row, trailing spaces removed.</summary>
    public IReadOnlyList<string> Rows => [.. _app.Driver!.ToString()!.TrimEnd('\n').Split('\n').Select(r => r.TrimEnd())];

    public string Screen => string.Join("\n", Rows);

    /// <summary>The text inside the open dialog's double frame (help, thresholds), its rows joined and runs of spaces made one: a wrapped line reads whole.</summary>
    public string DialogText => string.Join(" ", string.Join(" ", Rows.Where(r => r.Contains('║', StringComparison.Ordinal)).Select(r => r.Split('║')[1]))
        .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    public void Refresh()
    {
        Window.Refresh();
        Draw();
    }

    public void Press(Key key)
    {
        _app.InjectKey(key);
        Draw();
    }

    public void Type(string text)
    {
        foreach (char c in text)
        {
            _app.InjectKey(new Key(c));
        }

        Draw();
    }

    public void Resize(int width, int height)
    {
        _app.Driver!.SetScreenSize(width, height);
        Draw();
    }

    /// <summary>Lays out and draws what changed, as the loop does after each of its turns.</summary>
    public void Draw() => _app.LayoutAndDraw();

    public void Dispose()
    {
        if (_token is not null)
        {
            _app.End(_token);
        }

        Window.Dispose();
        _app.Dispose();
    }
}
