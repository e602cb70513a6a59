using HttpMonitor.Output;

namespace HttpMonitor.Ui;

/// <summary>
/// The terminal's title while the window is open: the title the user had is pushed on the
/// terminal's title stack (xterm's <c>CSI 22;0t</c>), ours is set, and the user's is popped back
/// (<c>CSI 23;0t</c>) when this is disposed: after a quit key, a signal or an error alike.
/// Terminals without a title stack ignore both sequences.
/// </summary>
internal sealed class TerminalTitle : IDisposable
{
    private readonly TextWriter _terminal;
    private bool _popped;

    private TerminalTitle(TextWriter terminal) => _terminal = terminal;

    /// <summary>Pushes the current title and sets <paramref name="title"/> (escaped: it may hold a path from the command line).</summary>
    public static TerminalTitle Push(TextWriter terminal, string title)
    {
        terminal.Write("\e[22;0t");
        terminal.Write($"\e]2;{TerminalText.Escape(title)}\a");
        terminal.Flush();
        return new TerminalTitle(terminal);
    }

    /// <summary>Pops the user's title back, once.</summary>
    public void Dispose()
    {
        if (_popped)
        {
            return;
        }

        _popped = true;
        _terminal.Write("\e[23;0t");
        _terminal.Flush();
    }
}
