namespace HttpMonitor.Core.Sources;

/// <summary>Receives the messages of a syslog stream (<see cref="SyslogFraming"/>), each whole.</summary>
public interface IFrameSink
{
    void OnFrame(ReadOnlySpan<byte> frame);

    /// <summary>Bytes that are no message: a frame too long or badly counted; its first bytes, to be counted as rejected.</summary>
    void OnBadFrame(ReadOnlySpan<byte> head);
}
