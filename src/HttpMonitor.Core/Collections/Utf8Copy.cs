namespace HttpMonitor.Core.Collections;

/// <summary>
/// A copy of a field's UTF-8 bytes in a buffer of its own, which the next copy reuses (it only
/// grows): a value kept past its line without a string, and without an allocation per line.
/// </summary>
internal struct Utf8Copy
{
    private byte[]? _bytes;
    private int _length;

    public readonly ReadOnlySpan<byte> Span => _bytes.AsSpan(0, _length);

    public void Set(ReadOnlySpan<byte> value)
    {
        if (_bytes is null || _bytes.Length < value.Length)
        {
            _bytes = new byte[Math.Max(value.Length, 48)];
        }

        value.CopyTo(_bytes);
        _length = value.Length;
    }
}
