using Terminal.Gui.Input;

namespace HttpMonitor.Ui;

/// <summary>
/// One command of the window and the keys that run it; with a <see cref="Label"/> its first key
/// and the label are shown in the status bar; with <see cref="Help"/>, a line of the help. The
/// window binds every key from one table of these, so the help cannot forget one.
/// </summary>
/// <param name="Characters">Typed characters that run it too, whatever key makes them ('?' is Shift+/ on most layouts).</param>
/// <param name="Shown">The keys as the help names them ("F2 or t"); with <see cref="Help"/> empty, the command is on another's line.</param>
/// <param name="Help">What the keys do, for the help.</param>
internal sealed record WindowKey(Action Run, string? Label, Key[] Keys, string Characters = "", string Shown = "", string Help = "")
{
    public bool Matches(Key key) =>
        Array.Exists(Keys, k => k == key) || (key.AsRune.Value is > ' ' and < 0x10000 && Characters.Contains((char)key.AsRune.Value, StringComparison.Ordinal));
}
