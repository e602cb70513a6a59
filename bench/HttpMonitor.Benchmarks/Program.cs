using BenchmarkDotNet.Running;
using HttpMonitor.Benchmarks;

// dotnet run -c Release -- phases FILE [REPEATS] [FORMAT]   a Stopwatch profile, layer by layer (FORMAT as --format takes it)
// dotnet run -c Release -- parse FILE [FORMAT] [ROUNDS]   a format's reader alone: ns/line, the quickest round
// dotnet run -c Release -- [BenchmarkDotNet args]   the micro-benchmarks (e.g. --filter '*')
if (args is ["phases", var file, ..])
{
    Phases.Run(file, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3, args.Length > 3 ? args[3] : "auto");
    return;
}

if (args is ["parse", var log, ..])
{
    ParseLoop.Run(log, args.Length > 2 ? args[2] : "auto", args.Length > 3 ? int.Parse(args[3], System.Globalization.CultureInfo.InvariantCulture) : 20);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args);
