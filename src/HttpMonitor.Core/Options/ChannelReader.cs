namespace HttpMonitor.Core.Options;

/// <summary>
/// What the checks of one channel need: where it is in config.json, to name a key by its path
/// (<c>notifications[1].host</c>), and the environment its <c>${NAME}</c> references come from.
/// </summary>
internal sealed class ChannelReader(string path, Func<string, string?> environment)
{
    public ConfigException Problem(string key, string problem) => new($"{path}.{key}: {problem}");

    /// <summary>The text with its references expanded; a variable that is not set is a problem of <paramref name="key"/>.</summary>
    public string Expand(string key, string written) =>
        EnvironmentReferences.TryExpand(written, environment, out string expanded, out string? problem)
            ? expanded
            : throw Problem(key, problem!);

    /// <summary>
    /// A string in a message, as the file writes it: <c>"ftp://x"</c>, or <c>what "${HOOK_URL}" expands to</c>,
    /// which names the reference and never shows its value (a secret, often).
    /// </summary>
    public static string Shown(string written) =>
        EnvironmentReferences.Refers(written) ? $"what \"{written}\" expands to" : $"\"{written}\"";
}
