using HttpMonitor.Core.Notifications;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Options;

/// <summary>Options may use the option types of Notifications; Notifications never uses Options (no cycle).</summary>
public sealed class NamespaceDirectionTests
{
    [Fact]
    public void Notifications_DoNotReferToOptions()
    {
        var references = NamespaceReferences.Of(typeof(Notifier).Assembly, "HttpMonitor.Core.Notifications");

        Assert.DoesNotContain("HttpMonitor.Core.Options", references);
    }

    [Fact]
    public void NamespaceReferences_SeeReferencesInBodiesAndLambdas()
    {
        // The check above would pass vacuously if the scan missed method bodies.
        var references = NamespaceReferences.Of(typeof(Support.ScanSample.BodyOnly).Assembly, typeof(Support.ScanSample.BodyOnly).Namespace!);

        Assert.Contains("System.Globalization", references);
        Assert.Contains("System.Text", references);
    }
}
