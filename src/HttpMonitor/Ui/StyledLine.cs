namespace HttpMonitor.Ui;

/// <summary>One screen line made of spans; <see cref="ToString"/> is its plain text, which the tests read.</summary>
internal sealed record StyledLine(IReadOnlyList<TextRun> Spans)
{
    public static StyledLine Of(string text, Tone tone = Tone.Normal) => new([new TextRun(text, tone)]);

    public override string ToString() => string.Concat(Spans.Select(s => s.Text));

    public bool Equals(StyledLine? other) => other is not null && Spans.SequenceEqual(other.Spans);

    public override int GetHashCode() => Spans.Count == 0 ? 0 : HashCode.Combine(Spans.Count, Spans[0]);
}
