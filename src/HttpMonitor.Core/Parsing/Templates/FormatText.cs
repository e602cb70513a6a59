using System.Text;

namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>
/// A format string as it will be compiled, with where each of its characters was in the text the
/// user gave (0-based), so that a message can point at the user's own text.
/// </summary>
internal sealed class FormatText
{
    private readonly StringBuilder _text = new();
    private readonly List<int> _positions = [];

    public int Length => _text.Length;

    public char this[int index] => _text[index];

    /// <summary>Where the character at <paramref name="index"/> (or the end) was in the text given.</summary>
    public int PositionOf(int index) => index < _positions.Count ? _positions[index] : (_positions.Count > 0 ? _positions[^1] + 1 : 0);

    public void Append(char c, int position)
    {
        _text.Append(c);
        _positions.Add(position);
    }

    public string Substring(int start, int length) => _text.ToString(start, length);

    /// <summary>The text given, from <paramref name="start"/>, as it is: positions follow one by one.</summary>
    public static FormatText Plain(string given, int start, int end)
    {
        var text = new FormatText();
        for (int i = start; i < end; i++)
        {
            text.Append(given[i], i);
        }

        return text;
    }
}
