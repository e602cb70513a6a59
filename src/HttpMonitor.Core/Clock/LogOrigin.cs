using System.Text;

namespace HttpMonitor.Core.Clock;

/// <summary>
/// Where a line comes from: its source's name (a file's path, <c>-</c> for standard input, a syslog
/// sender's hostname) and, for a file given one (<c>--log api=PATH</c>), the vhost its lines count
/// under when their format gives none. Made once per source, not per line: the bytes are kept.
/// </summary>
public sealed class LogOrigin
{
    public LogOrigin(string name, string? vhost = null)
    {
        Name = name;
        Vhost = vhost;
        NameBytes = Encoding.UTF8.GetBytes(name);
        VhostBytes = vhost is null ? [] : Encoding.UTF8.GetBytes(vhost);
    }

    public string Name { get; }

    /// <summary>The vhost of lines whose format gives none; null: they have none.</summary>
    public string? Vhost { get; }

    internal byte[] NameBytes { get; }

    internal byte[] VhostBytes { get; }

    public override string ToString() => Vhost is null ? Name : $"{Vhost}={Name}";
}
