namespace HttpMonitor.Ui;

/// <summary>One screen line made of spans; <see cref="ToString"/> is its plain text, which the tests read.</summary>
internal sealed record StyledLine(IReadOnlyList<TextRun> Runs)
{
    public static StyledLine Of(string text, Tone tone = Tone.Normal) => new([new TextRun(text, tone)]);

    public override string ToString() => string.Concat(Runs.Select(s => s.Text));

    public bool Equals(StyledLine? other) => other is not null && Runs.SequenceEqual(other.Runs);

    public override int GetHashCode() => Runs.Count == 0 ? 0 : HashCode.Combine(Runs.Count, Runs[0]);
}
