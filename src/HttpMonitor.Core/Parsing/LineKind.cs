namespace HttpMonitor.Core.Parsing;

/// <summary>What a log format made of one line.</summary>
public enum LineKind
{
    /// <summary>Empty, or only spaces and tabs: ignored, not counted.</summary>
    Blank,
    Accepted,
    Rejected,

    /// <summary>A directive, not a request (W3C's <c>#</c> lines): counted as ignored.</summary>
    Ignored,
}
