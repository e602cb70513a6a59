using System.Runtime.InteropServices;

namespace HttpMonitor.Cli;

/// <summary>
/// Turns SIGINT, SIGTERM, SIGHUP and SIGQUIT into a cancellation, so the program can print its
/// summary and leave the terminal as it found it instead of being killed (SIGQUIT would also dump core).
/// </summary>
internal sealed class Signals : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly List<PosixSignalRegistration> _registrations = [];
    private int _first;

    public Signals()
    {
        foreach (var signal in new[] { PosixSignal.SIGINT, PosixSignal.SIGTERM, PosixSignal.SIGHUP, PosixSignal.SIGQUIT })
        {
            _registrations.Add(PosixSignalRegistration.Create(signal, context =>
            {
                context.Cancel = true;
                Interlocked.CompareExchange(ref _first, (int)context.Signal, 0);
                _stop.Cancel();
            }));
        }
    }

    /// <summary>Cancelled by the first signal.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>The first signal received, which decides the exit code (<see cref="ExitCodes.StoppedBy"/>); null before any.</summary>
    /// <remarks><see cref="PosixSignal"/> values are negative, so 0 is free to mean "none yet".</remarks>
    public PosixSignal? Received => Volatile.Read(ref _first) is var first and not 0 ? (PosixSignal)first : null;

    public void Dispose()
    {
        _registrations.ForEach(r => r.Dispose());
        _stop.Dispose();
    }
}
