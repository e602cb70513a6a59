namespace HttpMonitor.Core.Options;

/// <summary>
/// A setting that cannot be used: the <see cref="MonitorOptions"/> property that holds it
/// (<c>nameof(MonitorOptions.Top)</c>), so that each source of settings can name it in its own
/// terms (a key, a command-line option, a field), and what is wrong.
/// </summary>
/// <param name="Within">Where inside the setting, for a list of objects: <c>[1].recover</c>.</param>
public sealed record OptionsProblem(string Property, string Problem, string Within = "")
{
    /// <summary>The setting's key in config.json, with the place inside it: <c>alerts[1].recover</c>.</summary>
    public string Key => ConfigKey.Of(Property) + Within;

    /// <summary>"key: problem", as config.json names it.</summary>
    public override string ToString() => $"{Key}: {Problem}";
}
