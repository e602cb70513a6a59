using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing.Json;

/// <summary>
/// The values one JSON line gives each field so far, with the rank of the key that gave them: a
/// better-ranked key seen later replaces a value, a worse one does not.
/// </summary>
internal ref struct JsonPicks
{
    public ReadOnlySpan<byte> Time;
    public ReadOnlySpan<byte> Client;
    public ReadOnlySpan<byte> Target;
    public ReadOnlySpan<byte> Status;
    public ReadOnlySpan<byte> Bytes;
    public ReadOnlySpan<byte> Duration;
    public ReadOnlySpan<byte> Vhost;

    /// <summary>Whether <see cref="Target"/> came from the <c>request</c> key: "METHOD TARGET PROTOCOL".</summary>
    public bool TargetIsRequest;
    public int DurationScale;

    // The rank of the key behind each field's value, by JsonField; 0 is "none yet" (ranks are stored plus one).
    private RankBuffer _ranks;

    /// <summary>Whether a key of <paramref name="key"/>'s rank would replace the field's value.</summary>
    public readonly bool Wants(JsonKey key) => _ranks[(int)key.Field] is var held && (held == 0 || key.Rank + 1 < held);

    /// <summary>
    /// Takes a string or a number when it is of the kind the field expects: a string for text, a
    /// number (or a string holding one) for numbers, either for a time. (null, true and false never count.)
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Offer(JsonKey key, ReadOnlySpan<byte> value, bool isString)
    {
        if (isString ? key.Field is JsonField.Status or JsonField.Bytes or JsonField.Duration && !Numbers.IsNumber(value)
                : key.Field is JsonField.Client or JsonField.Target or JsonField.Vhost)
        {
            return;
        }

        Take(key, value);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Take(JsonKey key, ReadOnlySpan<byte> value)
    {
        _ranks[(int)key.Field] = key.Rank + 1;
        switch (key.Field)
        {
            case JsonField.Time:
                Time = value;
                break;
            case JsonField.Client:
                Client = value;
                break;
            case JsonField.Target:
                Target = value;
                TargetIsRequest = key.Rank == 0;
                break;
            case JsonField.Status:
                Status = value;
                break;
            case JsonField.Bytes:
                Bytes = value;
                break;
            case JsonField.Duration:
                Duration = value;
                DurationScale = key.Scale;
                break;
            case JsonField.Vhost:
                Vhost = value;
                break;
        }
    }

    public readonly bool Has(JsonField field) => _ranks[(int)field] != 0;

    [InlineArray(8)]
    private struct RankBuffer
    {
        private int _first;
    }
}
