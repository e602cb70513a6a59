namespace HttpMonitor.Core.Options;

/// <summary>
/// Paths written in a config file: relative to the file's own directory (the file is read from
/// anywhere: a service's working directory is rarely where its config is), and <c>~</c> is the home
/// directory, as in a shell. Paths given on the command line are left to the shell and the current directory.
/// </summary>
internal static class ConfigPaths
{
    public static MonitorOptions ResolvedAgainst(this MonitorOptions options, string configPath)
    {
        string directory = Path.GetDirectoryName(Path.GetFullPath(configPath))!;
        return options with
        {
            LogPath = options.LogPath?.Select(log => ResolveLog(log, directory)).ToList(),
            GeoipDatabase = Resolve(options.GeoipDatabase, directory),
        };
    }

    /// <summary>A <c>logPath</c> item: its path resolved, <c>-</c> (standard input) and a <c>NAME=</c> kept.</summary>
    private static string ResolveLog(string log, string directory) =>
        Sources.LogSpec.Parse(log) is { IsStandardInput: false } spec && spec.Path.Length > 0
            ? new Sources.LogSpec(Resolve(spec.Path, directory)!, spec.Vhost).ToString()
            : log;

    private static string? Resolve(string? path, string directory)
    {
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        if (path == "~" || path.StartsWith("~/", StringComparison.Ordinal))
        {
            string home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            return Path.TrimEndingDirectorySeparator(Path.Join(home, path[1..]));
        }

        return Path.GetFullPath(path, directory);
    }
}
