using System.Text;
using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Monitor;

/// <summary>
/// The origin of each syslog sender, by the hostname its messages give: made once per host, the
/// last one kept at hand (a sender sends many in a row). Bounded: past <see cref="Capacity"/> hosts
/// the rest share one origin, "(other)", so forged hostnames cannot exhaust memory.
/// </summary>
internal sealed class SyslogSenders
{
    public const int Capacity = 1_000;

    private readonly Dictionary<string, LogOrigin> _byHost = new(StringComparer.Ordinal);
    private readonly LogOrigin _other = new(OpenSecond.OtherSection);
    private LogOrigin? _last;

    public LogOrigin Of(ReadOnlySpan<byte> host)
    {
        if (_last is { } last && host.SequenceEqual(last.NameBytes))
        {
            return last;
        }

        string name = Encoding.UTF8.GetString(host);
        if (!_byHost.TryGetValue(name, out var origin))
        {
            origin = _byHost.Count < Capacity ? _byHost[name] = new LogOrigin(name) : _other;
        }

        return _last = origin;
    }
}
