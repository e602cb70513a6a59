using HttpMonitor.Core.Platform;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// Whether a path given as the log can be read, told before anything opens it or waits on it:
/// one line naming what is wrong and how to fix it, for the command line to print (exit 2).
/// </summary>
public static class LogPaths
{
    /// <summary>Said of a log that exists but may not be read.</summary>
    public const string PermissionDenied = "permission denied; ask for read access, e.g. the adm group on Debian";

    /// <summary>
    /// Why <paramref name="path"/> cannot be followed, or null. A regular file or a pipe can be; so can a
    /// file that does not exist yet, if its directory does (it is waited for). A path that cannot be
    /// looked at for lack of permission is left to the follower, which says so and retries.
    /// </summary>
    public static string? WhyNotFollowable(string path)
    {
        var stat = FileStats.Of(path, out int error);
        if (stat is { } found)
        {
            return WhyNotLog(path, found.Kind);
        }

        return error switch
        {
            FileStats.NoSuchFile when MissingDirectory(path) is { } directory => $"{path}: the directory {directory} does not exist; check the path",
            FileStats.NotADirectory => $"{path}: part of the path is not a directory",
            _ => null,
        };
    }

    /// <summary>Why one of <paramref name="logs"/> cannot be followed, or null: standard input always can; a glob's directory must exist.</summary>
    public static string? WhyNotFollowable(IReadOnlyList<LogSpec> logs) =>
        logs.Select(log => log.IsStandardInput ? null : log.IsGlob ? LogGlob.WhyNotFollowable(log.Path) : WhyNotFollowable(log.Path))
            .FirstOrDefault(problem => problem is not null);

    /// <summary>Why <paramref name="path"/> cannot be replayed, or null: it must exist and be readable ("-" is standard input).</summary>
    public static string? WhyNotReplayable(string path)
    {
        if (path == "-")
        {
            return null;
        }

        var stat = FileStats.Of(path, out int error);
        if (stat is not { } found)
        {
            return error switch
            {
                FileStats.NoSuchFile => $"cannot open {path}: it does not exist",
                FileStats.AccessDenied => $"cannot open {path}: {PermissionDenied}",
                FileStats.NotADirectory => $"cannot open {path}: part of the path is not a directory",
                _ => null, // opening it will say what is wrong
            };
        }

        return WhyNotLog(path, found.Kind) ?? (found.Kind == FileKind.Regular ? WhyNotReadable(path) : null);
    }

    /// <summary>What is said of a name that is not a regular file, while it is followed.</summary>
    internal static string NotALogFile(string path, FileKind kind) =>
        WhyNotLog(path, kind) ?? $"{path} is now a pipe; restart to read it as one";

    private static string? WhyNotLog(string path, FileKind kind) => kind switch
    {
        FileKind.Directory => $"{path} is a directory, not a log file",
        FileKind.Device => $"{path} is a device, not a log file",
        FileKind.Socket => $"{path} is a socket, not a log file",
        _ => null,
    };

    /// <summary>The directory of <paramref name="path"/> when it does not exist, else null.</summary>
    private static string? MissingDirectory(string path)
    {
        string? directory = Path.GetDirectoryName(Path.GetFullPath(path));
        return directory is not null && FileStats.Of(directory, out int error) is null && error == FileStats.NoSuchFile ? directory : null;
    }

    private static string? WhyNotReadable(string path)
    {
        try
        {
            File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete).Dispose();
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return $"cannot open {path}: {PermissionDenied}";
        }
        catch (IOException)
        {
            return null; // gone meanwhile, or an I/O error: opening it will say
        }
    }
}
