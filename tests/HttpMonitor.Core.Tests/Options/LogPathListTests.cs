using HttpMonitor.Core.Options;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Options;

/// <summary>config.json's logPath as a list (issue 20), and syslog.</summary>
public sealed class LogPathListTests
{
    [Fact]
    public void Load_LogPathList_ResolvesEachAgainstTheConfigsDirectory_KeepingNamesAndStandardInput()
    {
        using var directory = new TempDirectory();
        string path = directory.File("config.json");
        File.WriteAllText(path, """{ "logPath": ["a.log", "api=logs/api.log", "-", "/abs/*.access.log"] }""");

        var options = ConfigFile.Load(path);

        Assert.Equal([Path.Combine(directory.Path, "a.log"), $"api={Path.Combine(directory.Path, "logs", "api.log")}", "-", "/abs/*.access.log"], options.LogPath);
    }

    [Theory]
    [InlineData("""{ "logPath": [] }""", "logPath: must not be empty")]
    [InlineData("""{ "logPath": ["a.log", "a.log"] }""", "logPath: names a.log twice")]
    [InlineData("""{ "logPath": ["-", "-"] }""", "logPath: names standard input (-) twice")]
    [InlineData("""{ "logPath": ["/var/*/access.log"] }""", "logPath: /var/*/access.log: a glob may have * and ? in the file name only")]
    [InlineData("""{ "syslog": "5514" }""", "syslog: must be udp://HOST:PORT or tcp://HOST:PORT")]
    [InlineData("""{ "syslog": "udp://127.0.0.1:99999" }""", "syslog: must be udp://HOST:PORT or tcp://HOST:PORT")]
    public void Parse_BadLogPathOrSyslog_IsOneLineNamingTheKey(string json, string expected)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigFile.Parse(json, "c"));

        Assert.StartsWith($"c: {expected}", error.Message);
    }

    [Fact]
    public void Parse_Syslog_IsRead() =>
        Assert.Equal("tcp://0.0.0.0:5514", ConfigFile.Parse("""{ "syslog": "tcp://0.0.0.0:5514" }""", "c").Syslog);
}
