using System.CommandLine;
using System.Globalization;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Cli;

/// <summary>
/// A command-line option that overrides one setting, linked to the <see cref="MonitorOptions"/>
/// property that holds it. Its value is read here rather than by System.CommandLine, so that a bad
/// one is one line in the user's terms (<c>--error-window: must be a whole number of seconds, not "1.5"</c>).
/// </summary>
internal sealed class SettingOption
{
    private readonly Func<MonitorOptions, ParseResult, MonitorOptions> _apply;
    private readonly Func<ParseResult, bool> _isGiven;

    private SettingOption(Option<string?> option, string property, Func<MonitorOptions, string, MonitorOptions> apply)
        : this(option, property, (options, parsed) => parsed.GetValue(option) is { } text ? apply(options, text) : options, parsed => parsed.GetValue(option) is not null)
    {
    }

    private SettingOption(Option option, string property, Func<MonitorOptions, ParseResult, MonitorOptions> apply, Func<ParseResult, bool> isGiven)
    {
        Option = option;
        Property = property;
        _apply = apply;
        _isGiven = isGiven;
    }

    public Option Option { get; }

    /// <summary>The property it sets, as <c>nameof(MonitorOptions.X)</c>.</summary>
    public string Property { get; }

    /// <param name="what">What the value must be, e.g. "a number of seconds".</param>
    public static SettingOption Number(string name, string helpName, string description, string property, string what, Func<MonitorOptions, double, MonitorOptions> apply) =>
        new(Make(name, helpName, description), property, (options, text) =>
            double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
                ? apply(options, value)
                : throw Unreadable(name, what, text));

    public static SettingOption Whole(string name, string helpName, string description, string property, string what, Func<MonitorOptions, int, MonitorOptions> apply) =>
        new(Make(name, helpName, description), property, (options, text) =>
            int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
                ? apply(options, value)
                : throw Unreadable(name, what, text));

    public static SettingOption Text(string name, string helpName, string description, string property, Func<MonitorOptions, string, MonitorOptions> apply, params string[] aliases) =>
        new(Make(name, helpName, description, aliases), property, apply);

    /// <summary>
    /// An option given once or more (<c>--log a.log --log b.log</c>), or with several values at once
    /// (<c>--log *.log</c> as the shell expands it): every value, in order, replaces the setting's list.
    /// </summary>
    public static SettingOption List(string name, string helpName, string description, string property, Func<MonitorOptions, IReadOnlyList<string>, MonitorOptions> apply, params string[] aliases)
    {
        var option = new Option<string[]>(name, aliases)
        {
            Description = description, HelpName = helpName, Arity = ArgumentArity.OneOrMore, AllowMultipleArgumentsPerToken = true,
        };
        option.Validators.Add(result => RefuseOptionsAsValues(name, result.Tokens, result.AddError));
        return new(option, property, (options, parsed) => parsed.GetValue(option) is { Length: > 0 } values ? apply(options, values) : options, parsed => parsed.GetValue(option) is { Length: > 0 });
    }

    /// <summary>A switch without a value (<c>--local-time</c>): given, it turns its setting on.</summary>
    public static SettingOption Flag(string name, string description, string property, Func<MonitorOptions, MonitorOptions> apply)
    {
        var option = new Option<bool>(name) { Description = description };
        return new(option, property, (options, parsed) => parsed.GetValue(option) ? apply(options) : options, parsed => parsed.GetValue(option));
    }

    /// <summary>The options with this one's value, when it was given.</summary>
    /// <exception cref="ConfigException">The value cannot be read.</exception>
    public MonitorOptions Apply(MonitorOptions options, ParseResult parsed) => _apply(options, parsed);

    public bool IsGiven(ParseResult parsed) => _isGiven(parsed);

    /// <summary>
    /// A mistyped option after a list (<c>--log a.log --bogus</c>) would be taken for one more value:
    /// said instead. A value that starts with '-' is written <c>./-name</c>; <c>-</c> alone is standard input.
    /// </summary>
    public static void RefuseOptionsAsValues(string name, IEnumerable<System.CommandLine.Parsing.Token> tokens, Action<string> error)
    {
        if (tokens.FirstOrDefault(t => t.Value.Length > 1 && t.Value[0] == '-') is { } option)
        {
            error($"{name}: \"{option.Value}\" is not an option here (see --help); a file whose name starts with - is written ./{option.Value}");
        }
    }

    private static Option<string?> Make(string name, string helpName, string description, params string[] aliases) =>
        new(name, aliases) { Description = description, HelpName = helpName };

    private static ConfigException Unreadable(string name, string what, string text) =>
        new($"{name}: must be {what}, not \"{text}\"");
}
