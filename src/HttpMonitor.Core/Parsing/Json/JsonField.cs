namespace HttpMonitor.Core.Parsing.Json;

/// <summary>The fields a JSON log line may give (SEMANTICS "Log formats", json).</summary>
internal enum JsonField : byte
{
    None,
    Time,
    Client,

    /// <summary>"METHOD TARGET PROTOCOL" (the <c>request</c> key, rank 0) or a target alone (the others).</summary>
    Target,
    Status,
    Bytes,
    Duration,
    Vhost,
}
