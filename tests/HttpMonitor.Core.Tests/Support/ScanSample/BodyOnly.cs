namespace HttpMonitor.Core.Tests.Support.ScanSample.Uses;

/// <summary>Uses another folder only inside a lambda's body: what <see cref="NamespaceDependencies"/> must still see.</summary>
internal static class BodyOnly
{
    public static Func<object> Run() => () => Used.Target.Make();
}
