namespace HttpMonitor.Core.Parsing;

/// <summary>What the parser made of one line.</summary>
public enum LineKind
{
    /// <summary>Empty, or only spaces and tabs: ignored, not counted.</summary>
    Blank,
    Accepted,
    Rejected,
}
