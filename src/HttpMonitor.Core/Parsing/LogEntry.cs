namespace HttpMonitor.Core.Parsing;

/// <summary>One accepted access-log line: the fields the monitor counts.</summary>
/// <param name="Timestamp">The line's own time, whole seconds, with the offset the log wrote (compare as instants).</param>
/// <param name="Host">The client field, as written (an address or a host name).</param>
/// <param name="Section">"/" plus the path's first segment, or "-" for a request with no usable target.</param>
/// <param name="Path">The target without scheme, authority, query and fragment, or "-".</param>
/// <param name="Status">HTTP status, 100 to 599.</param>
/// <param name="Bytes">Response size; "-" in the log counts as 0.</param>
public readonly record struct LogEntry(
    DateTimeOffset Timestamp,
    string Host,
    string Section,
    string Path,
    int Status,
    long Bytes)
{
    public bool Is4xx => Status is >= 400 and <= 499;
    public bool Is5xx => Status is >= 500 and <= 599;
    public bool IsError => Status >= 400;
}
