using BenchmarkDotNet.Running;
using HttpMonitor.Benchmarks;

// dotnet run -c Release -- phases FILE [REPEATS]   a Stopwatch profile, layer by layer
// dotnet run -c Release -- [BenchmarkDotNet args]   the micro-benchmarks (e.g. --filter '*')
if (args is ["phases", var file, ..])
{
    Phases.Run(file, args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 3);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(ParserBenchmarks).Assembly).Run(args);
