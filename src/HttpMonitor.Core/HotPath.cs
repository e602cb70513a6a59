using System.Runtime.CompilerServices;

namespace HttpMonitor.Core;

/// <summary>How the methods that run once per log line are compiled.</summary>
internal static class HotPath
{
    /// <summary>
    /// Compiled by the JIT, fully optimized, at first call, instead of taken from the published
    /// ReadyToRun image. The published binary runs without tiered compilation, so that memory
    /// stays flat however long a replay runs (the JIT's re-compilations grew it by 4 MB);
    /// ReadyToRun code cannot inline across assemblies as the JIT does, and on these methods that
    /// made a replay 1.5 times slower. Everything else keeps ReadyToRun's fast start. Each log
    /// format's reader marks its own per-line methods (Parsing/). This matters for the ReadyToRun
    /// build and under the JIT (tests, benchmarks); the native binary the wrapper publishes where
    /// clang is installed compiles everything ahead of time, and the attribute changes nothing there.
    /// See HttpMonitor.csproj and bench/README.md.
    /// </summary>
    public const MethodImplOptions PerLine = MethodImplOptions.AggressiveOptimization;
}
