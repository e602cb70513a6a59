namespace HttpMonitor.Testing;

/// <summary>The files of the repository's tests/data folder (see its README), shared by both test projects.</summary>
public static class TestData
{
    /// <summary>The full path of <paramref name="name"/> under tests/data; fails naming the file when it is not there.</summary>
    public static string Path(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "HttpMonitor.sln")))
            {
                string path = System.IO.Path.Combine(dir.FullName, "tests", "data", name);
                return File.Exists(path) ? path : throw new FileNotFoundException($"test data missing: {path} (see tests/data/README.md)", path);
            }
        }

        throw new DirectoryNotFoundException("HttpMonitor.sln not found above " + AppContext.BaseDirectory);
    }
}
