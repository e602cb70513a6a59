namespace HttpMonitor.Core.Options;

/// <summary>A setting that cannot be used. Its message is one line naming the key and the problem.</summary>
public sealed class ConfigException(string message) : Exception(message);
