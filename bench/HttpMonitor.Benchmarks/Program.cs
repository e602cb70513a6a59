using BenchmarkDotNet.Running;
using HttpMonitor.Benchmarks;

// dotnet run -c Release -- phases FILE [REPEATS] [FORMAT]   a Stopwatch profile, layer by layer (FORMAT as --format takes it)
// dotnet run -c Release -- [BenchmarkDotNet args]   the micro-benchmarks (e.g. --filter '*')
if (args is ["phases", var file, ..])
{
    Phases.Run(file, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3, args.Length > 3 ? args[3] : "auto");
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args);
