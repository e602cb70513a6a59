namespace HttpMonitor.Core.Parsing;

/// <summary>A log format that cannot be compiled. Its message is one line: what is wrong, where (1-based, in the text given), and how to fix it.</summary>
public sealed class LogFormatException(string message) : Exception(message);
