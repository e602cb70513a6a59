namespace HttpMonitor.Ui;

/// <summary>A piece of text of one tone.</summary>
internal readonly record struct TextRun(string Text, Tone Tone);
