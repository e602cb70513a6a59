using System.IO.Enumeration;

namespace HttpMonitor.Core.Sources;

/// <summary>
/// A glob given as a log (<c>/var/log/nginx/*.access.log</c>): <c>*</c> and <c>?</c> in the file
/// name, none in the directory. Matches are regular files and pipes, in ordinal order; compressed
/// files (<c>*.gz</c>, rotated logs) are never matches: they are not followed.
/// </summary>
public static class LogGlob
{
    public static bool IsPattern(string path) => path.AsSpan().IndexOfAny('*', '?') >= 0;

    /// <summary>Why <paramref name="pattern"/> is no glob the monitor takes, or null.</summary>
    public static string? Problem(string pattern) =>
        Path.GetDirectoryName(pattern) is { } directory && IsPattern(directory)
            ? $"{pattern}: a glob may have * and ? in the file name only, not in the directory; give one --log per directory"
            : null;

    /// <summary>Why <paramref name="pattern"/> cannot be followed (its directory does not exist), or null: told at start.</summary>
    public static string? WhyNotFollowable(string pattern)
    {
        string? directory = Path.GetDirectoryName(pattern);
        return Directory.Exists(string.IsNullOrEmpty(directory) ? "." : directory)
            ? null
            : $"{pattern}: the directory {Path.GetFullPath(string.IsNullOrEmpty(directory) ? "." : directory)} does not exist; check the path";
    }

    /// <summary>The files that match now, as paths in the pattern's directory; none when it cannot be read.</summary>
    public static IReadOnlyList<string> Matches(string pattern)
    {
        string directory = Path.GetDirectoryName(pattern) is { Length: > 0 } d ? d : ".";
        string name = Path.GetFileName(pattern);
        try
        {
            return new FileSystemEnumerable<string>(
                    directory,
                    (ref FileSystemEntry entry) => Path.Join(directory == "." && !pattern.StartsWith("./", StringComparison.Ordinal) ? "" : directory, entry.FileName.ToString()),
                    new EnumerationOptions { IgnoreInaccessible = true, AttributesToSkip = 0 })
                {
                    ShouldIncludePredicate = (ref FileSystemEntry entry) =>
                        !entry.IsDirectory && FileSystemName.MatchesSimpleExpression(name, entry.FileName, ignoreCase: false)
                        && !entry.FileName.EndsWith(".gz", StringComparison.OrdinalIgnoreCase),
                }
                .Order(StringComparer.Ordinal)
                .ToList();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return [];
        }
    }
}
