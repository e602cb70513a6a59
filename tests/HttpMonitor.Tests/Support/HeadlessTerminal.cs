using System.Runtime.CompilerServices;

namespace HttpMonitor.Tests.Support;

internal static class HeadlessTerminal
{
    /// <summary>
    /// Before any test creates an application: Terminal.Gui must not touch the real terminal
    /// (run from one, a test would paint on it and could leave it in raw mode).
    /// </summary>
    [ModuleInitializer]
    public static void DisableRealDriverIO() => Environment.SetEnvironmentVariable("DisableRealDriverIO", "1");
}
