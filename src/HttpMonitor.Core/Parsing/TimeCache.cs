using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing;

/// <summary>
/// A time field's last text and its instant: consecutive lines mostly carry the same second, so a
/// line with the same text reuses it. One per reader; not thread-safe.
/// </summary>
internal sealed class TimeCache(TimeKind kind)
{
    private const int MaxCached = 64;
    private readonly byte[] _text = new byte[MaxCached];
    private int _length = -1;
    private DateTimeOffset _instant;

    [MethodImpl(HotPath.PerLine)]
    public bool TryParse(ReadOnlySpan<byte> text, out DateTimeOffset instant)
    {
        if (text.Length == _length && text.SequenceEqual(_text.AsSpan(0, _length)))
        {
            instant = _instant;
            return true;
        }

        if (!TryParse(kind, text, out instant))
        {
            return false;
        }

        if (text.Length <= MaxCached)
        {
            text.CopyTo(_text);
            (_length, _instant) = (text.Length, instant);
        }

        return true;
    }

    public static bool TryParse(TimeKind kind, ReadOnlySpan<byte> text, out DateTimeOffset instant)
    {
        instant = default;
        return kind switch
        {
            TimeKind.Clf => Timestamp.TryParse(text, out instant),
            TimeKind.ClfBracketed => text.Length == Timestamp.Length + 2 && text[0] == (byte)'[' && text[^1] == (byte)']'
                && Timestamp.TryParse(text[1..^1], out instant),
            TimeKind.Iso => IsoTimestamp.TryParse(text, out instant),
            TimeKind.Epoch => EpochTimestamp.TryParse(text, out instant),
            _ => TryAny(text, out instant),
        };
    }

    /// <summary>A number is epoch seconds, "dd/MMM/…" is CLF, anything else must be ISO 8601.</summary>
    private static bool TryAny(ReadOnlySpan<byte> text, out DateTimeOffset instant)
    {
        if (Numbers.IsNumber(text))
        {
            return EpochTimestamp.TryParse(text, out instant);
        }

        return text.Length > 2 && text[2] == (byte)'/'
            ? Timestamp.TryParse(text, out instant)
            : IsoTimestamp.TryParse(text, out instant);
    }
}
