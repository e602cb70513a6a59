using System.CommandLine;
using HttpMonitor.Cli;

namespace HttpMonitor;

internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        var parsed = new CommandLine().Root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not HelpWithExamples)
        {
            foreach (var error in parsed.Errors)
            {
                Console.Error.WriteLine($"httpmonitor: {error.Message}");
            }

            Console.Error.WriteLine("Try 'httpmonitor --help' for the commands and their options.");
            return ExitCodes.UsageError;
        }

        using var signals = new Signals();
        try
        {
            // Signals are handled here, so that a stop prints the summary; System.CommandLine must not kill the process.
            // Help goes to standard output as the commands' output does, so that failing to write it is said the same way.
            var configuration = new InvocationConfiguration { ProcessTerminationTimeout = null, Output = StandardOutput.Text() };
            return await parsed.InvokeAsync(configuration, signals.Token);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Console.Error.WriteLine($"httpmonitor: {e.Message}");
            return ExitCodes.RuntimeFailure;
        }
    }
}
