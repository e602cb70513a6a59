namespace HttpMonitor.Core.Tests.Support.ScanSample;

/// <summary>Refers to two namespaces only inside bodies, one of them in a lambda: what <see cref="NamespaceReferences"/> must see.</summary>
internal static class BodyOnly
{
    public static object Run()
    {
        object culture = System.Globalization.CultureInfo.InvariantCulture;
        Func<object> later = () => new System.Text.StringBuilder();
        return (culture, later);
    }
}
