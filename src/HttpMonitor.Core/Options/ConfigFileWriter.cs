using System.Text;

namespace HttpMonitor.Core.Options;

/// <summary>
/// Replaces a config file so that no reader, crash or second saver ever sees it damaged: the new
/// text goes to a temporary file of this save's own in the same directory, is flushed to disk,
/// takes the old file's mode and owner, then is renamed over it. A symlink is followed, so its
/// target is replaced and the link stays. A read-only file is refused, as an editor would.
/// </summary>
internal static class ConfigFileWriter
{
    private const UnixFileMode AnyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;

    /// <param name="edit">The new text from the current one (null when there is no file yet).</param>
    /// <exception cref="ConfigException">Not saved: the file is left as it was.</exception>
    public static void Replace(string path, Func<string?, string> edit)
    {
        string target = Target(path);
        var (current, bom) = File.Exists(target) ? Read(path, target) : (null, false);
        string updated = edit(current);
        if (updated == current)
        {
            return;
        }

        string temporary = Path.Combine(Path.GetDirectoryName(Path.GetFullPath(target))!, $".{Path.GetFileName(target)}.{Guid.NewGuid():N}.tmp");
        try
        {
            Write(path, temporary, target, new UTF8Encoding(bom).GetPreamble().Concat(Encoding.UTF8.GetBytes(updated)).ToArray(), exists: current is not null);
            File.Move(temporary, target, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            File.Delete(temporary);
            throw new ConfigException($"{path}: cannot write the configuration file: {e.Message}");
        }
        catch (ConfigException)
        {
            File.Delete(temporary);
            throw;
        }
    }

    /// <summary>The file a path names: itself, or the end of its chain of symlinks, which may not exist yet.</summary>
    private static string Target(string path)
    {
        var file = new FileInfo(path);
        if (file.LinkTarget is not { } link)
        {
            return path;
        }

        try
        {
            return file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? path;
        }
        catch (IOException)
        {
            return Path.GetFullPath(link, Path.GetDirectoryName(file.FullName)!); // a link to a file still to be created
        }
    }

    /// <summary>The file's text, and whether it starts with a byte order mark (kept, as the rest of its form).</summary>
    private static (string Text, bool Bom) Read(string path, string target)
    {
        if (!OperatingSystem.IsWindows() && (File.GetUnixFileMode(target) & AnyWrite) == 0)
        {
            throw new ConfigException($"{path}: the file is read-only: not saved (make it writable to save from here: chmod u+w)");
        }

        try
        {
            // Opened for writing, as the user could: a file that is not theirs to change is not replaced either.
            using (new FileStream(target, FileMode.Open, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete))
            {
            }

            byte[] bytes = File.ReadAllBytes(target);
            bool bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
            return (Encoding.UTF8.GetString(bytes.AsSpan(bom ? Encoding.UTF8.Preamble.Length : 0)), bom);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException($"{path}: cannot save to the configuration file: {e.Message}");
        }
    }

    private static void Write(string path, string temporary, string target, byte[] bytes, bool exists)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows() && exists)
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite; // private until it takes the file's own mode
        }

        using var stream = new FileStream(temporary, options);
        stream.Write(bytes);
        if (!OperatingSystem.IsWindows() && exists)
        {
            if (UnixFileOwner.Of(target) is { } owner && !UnixFileOwner.TrySet(stream.SafeFileHandle, owner))
            {
                throw new ConfigException($"{path}: the file belongs to another user: not saved (saving would make it yours)");
            }

            File.SetUnixFileMode(stream.SafeFileHandle, File.GetUnixFileMode(target));
        }

        stream.Flush(flushToDisk: true);
    }
}
