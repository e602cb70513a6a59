using System.Text;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>
/// Appends to a log the way a web server does: one handle kept open, each write flushed and made
/// at the file's current end, as O_APPEND does (FileStream alone would write at its own position,
/// leaving a hole of NULs after a copytruncate).
/// </summary>
public sealed class LogWriter(string path) : IDisposable
{
    private readonly FileStream _file = new(path, FileMode.Append, FileAccess.Write, FileShare.ReadWrite | FileShare.Delete);

    public LogWriter Write(string text) => Write(Encoding.UTF8.GetBytes(text));

    public LogWriter Write(byte[] bytes)
    {
        _file.Seek(0, SeekOrigin.End);
        _file.Write(bytes);
        _file.Flush();
        return this;
    }

    public void Dispose() => _file.Dispose();
}
