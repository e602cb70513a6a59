namespace HttpMonitor.Ui;

/// <summary>A piece of text of one tone.</summary>
internal readonly record struct Span(string Text, Tone Tone);
