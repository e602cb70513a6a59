using System.CommandLine;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Options;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Cli;

/// <summary>The commands, their options and help text, and what each runs.</summary>
internal sealed class CommandLine
{
    private const string RootDescription = """
        HttpMonitor: a real-time HTTP access-log monitor. Shows which sections of a site take the
        traffic and which fail, and alerts when traffic or errors get too high.
        Exit codes: 0 done; 1 runtime failure; 2 usage or configuration error; 141 standard
        output closed by its reader (`| head`). The window and live monitoring exit 0 when
        stopped (q, Ctrl+C, SIGTERM, SIGHUP, SIGQUIT), after their summary. replay and notify-test
        stopped by a signal exit 128 + its number: 130 SIGINT (Ctrl+C), 143 SIGTERM, 129 SIGHUP,
        131 SIGQUIT.
        """;

    private const string RootExamples = """
          httpmonitor                                         demo traffic in the window (no log configured)
          httpmonitor --log /var/log/nginx/access.log         follow a live log in the window
          httpmonitor --log access.log --output jsonl         headless, one JSON object per line
          httpmonitor --log /var/log/apache2/other_vhosts_access.log    its format (vhost_combined) is detected
          httpmonitor --log a.log --log b.log                 several logs on one clock, top sources per window
          httpmonitor --log '/var/log/nginx/*.access.log'     every match, and new matches as they appear
          httpmonitor --log api=api.log --log www=www.log     a vhost per file, for formats without one
          tail -F access.log | httpmonitor --log - -o jsonl   standard input; its end ends the run
          httpmonitor --syslog udp://127.0.0.1:5514 --no-ui   nginx: access_log syslog:server=127.0.0.1:5514 combined;
          httpmonitor --log access.log --format 'nginx:$remote_addr [$time_local] "$request" $status $request_time'
          httpmonitor --log access.log --traffic-threshold 50 --error-window 30
          httpmonitor --log access.log --no-ui --listen :9464     Prometheus metrics at http://127.0.0.1:9464/metrics
          httpmonitor replay access.log.1.gz                  what would have fired yesterday
          httpmonitor demo --no-ui                            demo traffic, headless
        """;

    private readonly SettingsOptions _settings = new();

    private readonly Option<bool> _noUi = new("--no-ui")
    { Description = "Print windows and alerts instead of opening the window" };

    private readonly Option<bool> _fromStart = new("--from-start")
    { Description = "Read what the log already holds first, on its own clock, then follow it [default: start at its end]" };

    private readonly Option<string?> _output = new("--output", "-o")
    { Description = "Output format: text or jsonl; following a log, implies --no-ui [default: text]", HelpName = "FORMAT" };

    private readonly Option<int> _threads = new("--threads")
    {
        Description = "Threads that parse the log at once; the output is the same for any number. auto: one per core "
            + "(w3c is always read in order: its #Fields may change) [default: auto]",
        HelpName = "N|auto",
        // No DefaultValueFactory: help would print it as "[default: 0]" after "[default: auto]"; an
        // option not given reads as 0, which is Threads.Auto.
        CustomParser = result =>
        {
            string given = result.Tokens.Count > 0 ? result.Tokens[0].Value : "";
            if (given.Equals("auto", StringComparison.OrdinalIgnoreCase))
            {
                return Threads.Auto;
            }

            if (int.TryParse(given, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int threads) && threads is >= 1 and <= 256)
            {
                return threads;
            }

            result.AddError($"--threads: give auto or a whole number of threads from 1 to 256, not \"{given}\" (e.g. --threads 2)");
            return 0;
        },
    };

    private readonly Argument<string[]> _replayFiles = new("FILE")
    { Description = "The logs to replay, read one after the other in the order given: files, .gz files, or - for standard input", Arity = ArgumentArity.OneOrMore };

    public CommandLine()
    {
        _replayFiles.Validators.Add(result => SettingOption.RefuseOptionsAsValues("replay", result.Tokens, result.AddError));
        _output.AcceptOnlyFromAmong(OutputFormat.Text, OutputFormat.JsonLines);

        Root = new RootCommand(RootDescription);
        AddOptions(Root, [_settings.Config, .. Options(_settings.Monitoring), .. Options(_settings.Live), _output, _settings.Log.Option, _settings.Syslog.Option, .. Options(_settings.Reading), _noUi, _fromStart, .. Options(_settings.Serving)]);
        Root.SetAction((parsed, stop) => Guarded(parsed, options => Live(parsed, options, stop)));

        var replay = new Command("replay", "Replay a log as fast as it can be read, on its own clock: every window and alert that would have happened");
        replay.Arguments.Add(_replayFiles);
        AddOptions(replay, [_settings.Config, .. Options(_settings.Monitoring), .. Options(_settings.Reading), _output, _threads, .. Options(_settings.Serving)]);
        replay.SetAction((parsed, _) => Guarded(parsed, options => Task.FromResult(
            ReplayCommand.Run(parsed.GetValue(_replayFiles)!, parsed.GetValue(_output) ?? OutputFormat.Text, options, parsed.GetValue(_threads)))));
        Root.Subcommands.Add(replay);

        var demo = new Command("demo", "Write demo traffic to a log of its own and monitor it: a burst fires the traffic alert within about a minute, a burst of server errors the errors alert");
        AddOptions(demo, [_settings.Config, .. Options(_settings.Monitoring), .. Options(_settings.Live), _output, _noUi, .. Options(_settings.Serving)]);
        demo.SetAction((parsed, stop) => Guarded(parsed, options => Demo(parsed, options, stop)));
        Root.Subcommands.Add(demo);

        var notifyTest = new Command("notify-test", "Send a test message through every channel under \"notifications\" in config.json and report each result (exit 1 if one failed)");
        AddOptions(notifyTest, [_settings.Config]);
        notifyTest.SetAction((parsed, stop) => Guarded(parsed, options => NotifyTest(options, stop)));
        Root.Subcommands.Add(notifyTest);

        HelpWithExamples.Install(Root, new Dictionary<Command, string>
        {
            [Root] = RootExamples,
            [replay] = """
                  httpmonitor replay access.log
                  httpmonitor replay access.log.1.gz --output jsonl > alerts.jsonl
                  httpmonitor replay web1/access.log.1 web2/access.log.1    several servers' logs, in the order given
                  httpmonitor replay other_vhosts_access.log --format vhost_combined
                  httpmonitor replay u_ex261130.log --format w3c
                  zcat access.log.*.gz | httpmonitor replay - --traffic-threshold 50
                  httpmonitor replay access.log --threads 1      read on one core, leave the other free
                  httpmonitor replay access.log --listen :9464    then curl localhost:9464/api/state; Ctrl+C to stop
                """,
            [notifyTest] = """
                  httpmonitor notify-test
                  SMTP_PASSWORD=… httpmonitor notify-test --config /etc/httpmonitor/config.json
                """,
            [demo] = """
                  httpmonitor demo
                  httpmonitor demo --no-ui --output jsonl
                  httpmonitor demo --no-ui --listen :9464
                """,
        });
    }

    public RootCommand Root { get; }

    private static IEnumerable<Option> Options(IEnumerable<SettingOption> settings) => settings.Select(s => s.Option);

    /// <summary>Each command lists the options it uses, and only those: its help tells what it takes.</summary>
    private static void AddOptions(Command command, IEnumerable<Option> options)
    {
        foreach (var option in options)
        {
            command.Options.Add(option);
        }
    }

    private async Task<int> Live(ParseResult parsed, MonitorOptions options, CancellationToken stop)
    {
        if (options.LogPath is null && options.Syslog is null)
        {
            Console.Error.WriteLine($"httpmonitor: no log configured ({_settings.Log.Option.Name} PATH or {ConfigKey.Of(nameof(MonitorOptions.LogPath))} in config.json): showing demo traffic");
            return await Demo(parsed, options, stop).ConfigureAwait(false);
        }

        return await Monitor(parsed, options, parsed.GetValue(_fromStart), stop).ConfigureAwait(false);
    }

    private Task<int> Demo(ParseResult parsed, MonitorOptions options, CancellationToken stop) =>
        DemoCommand.RunAsync((path, token) => Monitor(parsed, DemoCommand.For(options, path), fromStart: true, token), stop);

    /// <summary>
    /// The window, unless --no-ui or --output (the window has no output format) asks for headless
    /// output, or there is no terminal to show it on.
    /// </summary>
    private Task<int> Monitor(ParseResult parsed, MonitorOptions options, bool fromStart, CancellationToken stop)
    {
        string? format = parsed.GetValue(_output);
        if (!parsed.GetValue(_noUi) && format is null)
        {
            if (WindowCommand.WhyNoTerminal() is not { } problem)
            {
                string configPath = parsed.GetValue(_settings.Config) ?? ConfigFile.DefaultPath;
                return WindowCommand.RunAsync(Logs(options), fromStart, options, configPath, stop);
            }

            Console.Error.WriteLine($"httpmonitor: cannot open the window: {problem}; printing windows and alerts instead (--no-ui to ask for this)");
        }

        return LiveCommand.RunAsync(Logs(options), format ?? OutputFormat.Text, fromStart, options, stop);
    }

    private static IReadOnlyList<LogSpec> Logs(MonitorOptions options) => [.. (options.LogPath ?? []).Select(LogSpec.Parse)];

    /// <summary>notify-test, whose exit code after a signal names the signal, as replay's does.</summary>
    private static async Task<int> NotifyTest(MonitorOptions options, CancellationToken stop)
    {
        using var signals = new Signals();
        int code = await NotifyTestCommand.RunAsync(options, StandardOutput.Text(), Console.Error, stop).ConfigureAwait(false);
        return code == ExitCodes.Interrupted && signals.Received is { } signal ? ExitCodes.StoppedBy(signal) : code;
    }

    /// <summary>
    /// Resolves the settings and runs <paramref name="run"/>; a bad setting, or a --listen address that
    /// cannot be listened on, is one line on stderr and exit 2; standard output that cannot be written, wherever a command finds it out (its summary,
    /// its last buffer), is said as <see cref="OutputFailure"/> says it.
    /// </summary>
    private async Task<int> Guarded(ParseResult parsed, Func<MonitorOptions, Task<int>> run)
    {
        MonitorOptions options;
        try
        {
            options = _settings.Resolve(parsed);
        }
        catch (ConfigException e)
        {
            Console.Error.WriteLine($"httpmonitor: {e.Message}");
            return ExitCodes.UsageError;
        }

        try
        {
            return await run(options).ConfigureAwait(false);
        }
        catch (OutputClosedException e)
        {
            return OutputFailure.Report(e);
        }
        catch (ListenException e)
        {
            Console.Error.WriteLine($"httpmonitor: {e.Message}");
            return ExitCodes.UsageError;
        }
    }
}
