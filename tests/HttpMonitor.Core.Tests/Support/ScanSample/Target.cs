namespace HttpMonitor.Core.Tests.Support.ScanSample.Used;

/// <summary>The folder <see cref="Uses.BodyOnly"/> uses.</summary>
internal static class Target
{
    public static object Make() => new();
}
