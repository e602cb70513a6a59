namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>What a variable of a format string feeds, and how its value is read.</summary>
internal enum FieldKind : byte
{
    /// <summary>Matched and ignored.</summary>
    Ignored,
    Client,
    Time,

    /// <summary>"METHOD TARGET PROTOCOL" (nginx <c>$request</c>, Apache <c>%r</c>).</summary>
    Request,

    /// <summary>A target alone (nginx <c>$request_uri</c>, Apache <c>%U</c>).</summary>
    Target,

    /// <summary>
    /// A query (Apache <c>%q</c>, nginx <c>$is_args</c>, <c>$args</c>): right after a target
    /// (<c>%U%q</c>, <c>$uri$is_args$args</c>) it is part of it; elsewhere it is ignored.
    /// </summary>
    Query,
    Status,
    Bytes,
    Duration,
    Vhost,
}
