namespace HttpMonitor.Core.Pipeline;

/// <summary>
/// Hits and errors of one client address, as a Space-Saving sketch counted them: the true hits
/// lie between <see cref="Hits"/> − <see cref="Overestimate"/> and <see cref="Hits"/>.
/// </summary>
public sealed record ClientStats(string Client, long Hits, long Errors, long Overestimate = 0)
{
    /// <summary>Whether <see cref="Hits"/> is the exact count.</summary>
    public bool Exact => Overestimate == 0;
}
