namespace HttpMonitor.Core.Collections;

/// <summary>Sketches made from others: copies and merges that leave their sources as they were.</summary>
public sealed partial class LatencySketch
{
    /// <summary>The durations of both, as a new frozen sketch (either itself when the other is null); null when both are.</summary>
    public static LatencySketch? Merged(LatencySketch? a, LatencySketch? b)
    {
        if (a is null || b is null)
        {
            return a ?? b;
        }

        var merged = a.Copy();
        merged.Merge(b);
        return merged.Freeze();
    }

    /// <summary>A sketch of the same durations, not frozen, sharing nothing with this one.</summary>
    public LatencySketch Copy() => new()
    {
        _sparse = _sparse is null ? null : (ushort[])_sparse.Clone(),
        _sparseCount = _sparseCount,
        _counts = _counts is null ? null : (long[])_counts.Clone(),
        _countsStart = _countsStart,
        _min = _min,
        Count = Count,
        Sum = Sum,
        Max = Max,
    };
}
