using System.Runtime.InteropServices;

namespace HttpMonitor.Cli;

/// <summary>poll(2)'s struct pollfd: a descriptor, the events asked for, the events that happened.</summary>
[StructLayout(LayoutKind.Sequential)]
internal struct PollFd
{
    public int Fd;
    public short Events;
    public short Revents;
}
