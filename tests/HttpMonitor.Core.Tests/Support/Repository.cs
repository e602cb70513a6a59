namespace HttpMonitor.Core.Tests.Support;

/// <summary>The checkout the tests run from: the folder that holds HttpMonitor.sln.</summary>
internal static class Repository
{
    /// <summary>The path of <paramref name="name"/> in the checkout.</summary>
    public static string File(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(Path.Combine(dir.FullName, "HttpMonitor.sln")))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new FileNotFoundException($"no HttpMonitor.sln above {AppContext.BaseDirectory}", name);
    }
}
