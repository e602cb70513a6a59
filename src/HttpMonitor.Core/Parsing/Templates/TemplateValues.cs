using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>
/// The values one line gave the fields of a format string, as ranges of the line, before they are
/// read: one slot per <see cref="FieldKind"/>, set by index, not through a switch per field.
/// </summary>
internal ref struct TemplateValues(ReadOnlySpan<byte> line)
{
    private readonly ReadOnlySpan<byte> _line = line;
    private Slots _slots; // all empty until set

    public readonly ReadOnlySpan<byte> Client => Get(FieldKind.Client);

    public readonly ReadOnlySpan<byte> Time => Get(FieldKind.Time);

    /// <summary>The request or the target alone, whichever the format has (see <see cref="SlotOf"/>).</summary>
    public readonly ReadOnlySpan<byte> Target => Get(FieldKind.Target);

    public readonly ReadOnlySpan<byte> Status => Get(FieldKind.Status);

    public readonly ReadOnlySpan<byte> Bytes => Get(FieldKind.Bytes);

    public readonly ReadOnlySpan<byte> Duration => Get(FieldKind.Duration);

    public readonly ReadOnlySpan<byte> Vhost => Get(FieldKind.Vhost);

    /// <summary>The slot a field's value goes to: a request's is the target's.</summary>
    public static int SlotOf(FieldKind kind) => (int)(kind == FieldKind.Request ? FieldKind.Target : kind);

    /// <summary>Sets the slot <paramref name="slot"/> (<see cref="SlotOf"/>) to the line's bytes from <paramref name="start"/>, <paramref name="length"/> long.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(int slot, int start, int length) => _slots[slot] = (start, length);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly ReadOnlySpan<byte> Get(FieldKind kind)
    {
        var (start, length) = _slots[(int)kind];
        return _line.Slice(start, length);
    }

    [InlineArray(10)] // one per FieldKind
    private struct Slots
    {
        private (int Start, int Length) _first;
    }
}
