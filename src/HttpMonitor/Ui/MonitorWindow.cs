using System.Reactive;
using System.Reactive.Concurrency;
using System.Reactive.Linq;
using HttpMonitor.Core.Options;
using Terminal.Gui.App;
using Terminal.Gui.Drawing;
using Terminal.Gui.Input;
using Terminal.Gui.ViewBase;
using Terminal.Gui.Views;

namespace HttpMonitor.Ui;

/// <summary>
/// The interactive window: summary, sections table, traffic chart, alert history and status bar,
/// with the thresholds dialog and the help drawn over them. Thin: what it shows comes from
/// <see cref="ScreenState"/>s that the format classes turn into text.
/// </summary>
internal sealed class MonitorWindow : Window
{
    private readonly IApplication _app;
    private readonly IMonitorSession _session;
    private readonly string _configPath;
    private readonly TimeDisplay _time;
    private readonly StyledTextView _summary;
    private readonly SectionsView _table;
    private readonly StyledTextView _chart;
    private readonly StyledTextView _history;
    private readonly HelpView _help;
    private readonly ThresholdsPanel _thresholds;
    private readonly IReadOnlyList<WindowKey> _keys;
    private ScreenState _state;
    private MonitorSnapshot? _tableShows;
    private bool _paused;
    private bool _sinceStart;
    private ChartPanel _panel;
    private bool _showRejected;
    private int _summaryRows = 2;
    private int _historySkip;
    private int _historyCount;

    /// <param name="time">How times are shown: UTC or local, and which day is today.</param>
    public MonitorWindow(IApplication app, IMonitorSession session, string configPath, TimeDisplay time)
    {
        _time = time;
        _app = app;
        _session = session;
        _configPath = configPath;
        _state = session.Read();
        Title = "HttpMonitor";
        BorderStyle = LineStyle.None;
        _keys = Keys();

        // As many summary rows as the fields need at the current width (re-laid out on resize), at most 4.
        _summary = new StyledTextView { X = 0, Y = 0, Width = Dim.Fill(), Height = Dim.Func(_ => _summaryRows, this) };
        _summary.Render = (width, _) => SummaryFormat.Lines(_state, width, _paused, _showRejected, _time);
        ViewportChanged += (_, _) => FitSummary();

        _table = ViewTitles.OnTopLine(new SectionsView { X = 0, Y = Pos.Bottom(_summary), Width = Dim.Fill(), Height = Dim.Percent(36) });

        _chart = ViewTitles.OnTopLine(new StyledTextView { X = 0, Y = Pos.Bottom(_table), Width = Dim.Fill(), Height = Dim.Percent(30) });
        _chart.ViewportChanged += (_, _) => ViewTitles.Set(_chart, ChartTitle(_state.Snapshot));
        _chart.Render = (width, height) => ChartArea.Lines(_panel, _state.Snapshot, width, height);

        _history = ViewTitles.OnTopLine(new StyledTextView { X = 0, Y = Pos.Bottom(_chart), Width = Dim.Fill(), Height = Dim.Fill(1) });
        _history.Render = (width, height) => HistoryFormat.Lines(_state.Snapshot, width, height, _historySkip);

        _help = new HelpView(_keys);

        _thresholds = new ThresholdsPanel(() => _session.Read().Snapshot.Options, Apply, configPath);
        var status = new StatusBar(_keys.Where(k => k.Label is not null).Select(k => new Shortcut(k.Keys[0], k.Label, k.Run)));

        Add(_summary, _table, _chart, _history, status, _help, _thresholds);
        _app.Keyboard.KeyDown += OnKeyDown;
        ShowState();
    }

    public bool Paused => _paused;

    public bool ThresholdsOpen => _thresholds.IsOpen;

    public string ThresholdsProblem => _thresholds.Problem;

    /// <summary>
    /// Repaints on <paramref name="scheduler"/> (the UI loop) until disposed: once as soon as the
    /// loop runs (what changed since the window was made shows in its first frame), every
    /// <paramref name="interval"/>, and at once when the follow status changes.
    /// </summary>
    public IDisposable RefreshEvery(TimeSpan interval, IScheduler scheduler) =>
        Observable.Interval(interval, scheduler).Select(_ => Unit.Default)
            .Merge(_session.StatusChanges.Select(_ => Unit.Default).ObserveOn(scheduler))
            .StartWith(scheduler, Unit.Default)
            .Subscribe(_ => Refresh());

    /// <summary>Reads the latest state and repaints what changed; nothing while paused.</summary>
    public void Refresh()
    {
        if (_paused)
        {
            return;
        }

        var state = _session.Read();
        if (state != _state)
        {
            _state = state;
            ShowState();
        }
    }

    public void Quit() => _app.RequestStop(this);

    private void ShowState()
    {
        var s = _state.Snapshot;
        if (!ReferenceEquals(_tableShows?.LastWindow, s.LastWindow) || _tableShows is null || (_sinceStart && !ReferenceEquals(_tableShows.SinceStart, s.SinceStart)))
        {
            ShowTable(s);
        }

        ViewTitles.Set(_chart, ChartTitle(s));
        // Scrolled back, the same entries stay in view while new ones arrive.
        _historySkip = Math.Clamp(_historySkip > 0 ? _historySkip + s.History.Count - _historyCount : 0, 0, Math.Max(0, s.History.Count - 1));
        _historyCount = s.History.Count;
        ViewTitles.Set(_history, HistoryFormat.Title(s, _historySkip));
        FitSummary();
        _summary.Update();
        _chart.Update();
        _history.Update();
    }

    private void ShowTable(MonitorSnapshot s)
    {
        _tableShows = s;
        _table.Show(SectionsFormat.Rows(s, _sinceStart));
        ViewTitles.Set(_table, SectionsFormat.Title(s, _sinceStart, _time));
    }

    private void Apply(MonitorOptions options)
    {
        _session.Apply(options);
        _state = _session.Read();
        _tableShows = null;
        ShowState();
    }

    public void OpenThresholds()
    {
        _help.Close();
        if (!_thresholds.IsOpen)
        {
            _thresholds.Open();
        }
    }

    private void TogglePause()
    {
        _paused = !_paused;
        if (!_paused)
        {
            _state = _session.Read();
        }

        ShowState();
    }

    private void ToggleSinceStart()
    {
        _sinceStart = !_sinceStart;
        _table.ScrollTo(0);
        ShowTable(_state.Snapshot);
    }

    /// <summary>The chart area cycles: traffic, response times and the slowest requests (timed logs), hours of the day, countries, top clients since start and in the last window, the last window's vhosts and sources.</summary>
    private void NextPanel()
    {
        _panel = ChartArea.Next(_panel, _state.Snapshot.Timed);
        ShowState();
    }

    private string ChartTitle(MonitorSnapshot s) => ChartArea.Title(_panel, s, _chart.Viewport.Width, _time);

    /// <summary>Esc: the rejected line's strip closes when shown (help and the dialog close before the key gets here); else the window quits.</summary>
    private void CloseOrQuit()
    {
        if (_showRejected)
        {
            ToggleRejected();
        }
        else
        {
            Quit();
        }
    }

    private void ToggleRejected()
    {
        _showRejected = !_showRejected;
        ShowState();
    }

    /// <summary>Older (+1) or newer (-1) entries of the alert history; new entries do not move an older view.</summary>
    private void ScrollHistory(int entries)
    {
        _historySkip += entries;
        ShowState();
    }

    private void ToggleHelp()
    {
        if (_help.Visible)
        {
            _help.Close();
        }
        else
        {
            _help.Open();
        }
    }

    private void OnKeyDown(object? sender, Key key)
    {
        if (_thresholds.IsOpen)
        {
            // The dialog has the keys; Esc closes it instead of the window.
            if (key == Key.Esc)
            {
                _thresholds.Close();
                key.Handled = true;
            }

            return;
        }

        if (_help.Visible)
        {
            _help.Take(key);
            key.Handled = true;
            return;
        }

        if (_keys.FirstOrDefault(k => k.Matches(key)) is { } command)
        {
            command.Run();
            key.Handled = true;
        }
    }

    /// <summary>Every key of the window, once: the status bar shows the labelled ones.</summary>
    private WindowKey[] Keys() =>
    [
        new(OpenThresholds, "Thresholds/t", [Key.F2, Key.T], Shown: "F2 or t", Help: "thresholds: traffic and error alerts, alert rules, windows, stats"),
        new(ToggleHelp, "Help/?", [Key.F1], Characters: "?", Shown: "F1 or ?", Help: "this help (↓ PgDn scroll it when it is cut; other keys close it)"),
        new(Quit, "Quit", [Key.Q, Key.Q.WithShift, Key.C.WithCtrl], Shown: "q, Ctrl+C", Help: "quit and print a summary"),
        new(CloseOrQuit, null, [Key.Esc], Shown: "Esc", Help: "close what is open (help, dialog, rejected line); with nothing open, quit"),
        new(TogglePause, "Pause", [Key.P], Shown: "p", Help: "pause the display (the monitor keeps counting)"),
        new(ToggleSinceStart, "Sections", [Key.S], Shown: "s", Help: "sections of the last window / since start"),
        new(NextPanel, "Charts", [Key.G], Shown: "g", Help: "chart area: traffic; response times and the 20 slowest requests of the last 5 minutes (timed logs); hours, countries, clients (all, last window), vhosts, sources"),
        new(ToggleRejected, null, [Key.R], Shown: "r", Help: "show / hide the latest rejected line"),
        new(() => _table.ScrollBy(1), null, [Key.CursorDown], Shown: "↑ ↓", Help: "scroll the sections table a row (its header stays)"),
        new(() => _table.ScrollBy(-1), null, [Key.CursorUp]),
        new(() => _table.ScrollBy(_table.Page), null, [Key.PageDown], Shown: "PgUp PgDn", Help: "scroll the sections table a page"),
        new(() => _table.ScrollBy(-_table.Page), null, [Key.PageUp]),
        new(() => _table.ScrollTo(0), null, [Key.Home], Shown: "Home End", Help: "the first / the last sections"),
        new(() => _table.ScrollToEnd(), null, [Key.End]),
        new(() => ScrollHistory(1), null, [], Characters: "[", Shown: "[ ]", Help: "older / newer entries of the alert history"),
        new(() => ScrollHistory(-1), null, [], Characters: "]"),
    ];

    // Its views tile it, one below the other down to the status bar, and each draws every cell of its own.
    protected override bool OnClearingViewport() => true;

    /// <summary>As many summary rows as its fields need at the current width (1 to 4); a new layout only when that changes.</summary>
    private void FitSummary()
    {
        int rows = Math.Clamp(SummaryFormat.Lines(_state, Math.Max(20, Viewport.Width), _paused, _showRejected, _time).Count, 1, 4);
        if (rows != _summaryRows)
        {
            _summaryRows = rows;
            SetNeedsLayout();
        }
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _app.Keyboard.KeyDown -= OnKeyDown;
        }

        base.Dispose(disposing);
    }
}
