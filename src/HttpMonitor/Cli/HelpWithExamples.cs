using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace HttpMonitor.Cli;

/// <summary>The standard help, followed by the examples of the command asked about.</summary>
internal sealed class HelpWithExamples(HelpAction standard, IReadOnlyDictionary<Command, string> examples) : SynchronousCommandLineAction
{
    public static void Install(RootCommand root, IReadOnlyDictionary<Command, string> examples)
    {
        var help = root.Options.OfType<HelpOption>().Single();
        help.Action = new HelpWithExamples((HelpAction)help.Action!, examples);
    }

    public override int Invoke(ParseResult parseResult)
    {
        try
        {
            int result = standard.Invoke(parseResult);
            if (examples.TryGetValue(parseResult.CommandResult.Command, out string? text))
            {
                parseResult.InvocationConfiguration.Output.WriteLine("Examples:");
                parseResult.InvocationConfiguration.Output.WriteLine(text);
            }

            return result;
        }
        catch (OutputClosedException e)
        {
            return OutputFailure.Report(e);
        }
    }
}
