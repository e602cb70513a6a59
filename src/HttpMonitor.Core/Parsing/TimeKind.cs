namespace HttpMonitor.Core.Parsing;

/// <summary>How a time field is written.</summary>
internal enum TimeKind : byte
{
    /// <summary>"10/Oct/2000:13:55:36 -0700" (nginx <c>$time_local</c>).</summary>
    Clf,

    /// <summary>"[10/Oct/2000:13:55:36 -0700]" (Apache <c>%t</c>).</summary>
    ClfBracketed,

    /// <summary>ISO 8601 with an offset or Z.</summary>
    Iso,

    /// <summary>Seconds since the epoch, with an optional fraction.</summary>
    Epoch,

    /// <summary>Any of them, told by their shape (JSON, where a key may hold any).</summary>
    Any,
}
