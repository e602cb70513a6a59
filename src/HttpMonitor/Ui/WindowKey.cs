using Terminal.Gui.Input;

namespace HttpMonitor.Ui;

/// <summary>
/// One command of the window and the keys that run it; with a <see cref="Label"/> its first key
/// and the label are shown in the status bar. The window binds every key from one table of these.
/// </summary>
/// <param name="Characters">Typed characters that run it too, whatever key makes them ('?' is Shift+/ on most layouts).</param>
internal sealed record WindowKey(Action Run, string? Label, Key[] Keys, string Characters = "")
{
    public bool Matches(Key key) =>
        Array.Exists(Keys, k => k == key) || (key.AsRune.Value is > ' ' and < 0x10000 && Characters.Contains((char)key.AsRune.Value, StringComparison.Ordinal));
}
