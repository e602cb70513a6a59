using System.Globalization;
using System.Text;
using HttpMonitor.Tests.Support;

namespace HttpMonitor.Tests.Cli;

/// <summary>A rule of config.json, through the real program: what a replay prints of it.</summary>
public sealed class AlertRulesEndToEndTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Replay_ARuleOfConfigJson_FiresWithItsNameMetricValueAndSeverity()
    {
        string dir = Directory.CreateTempSubdirectory("httpmonitor-rules").FullName;
        File.WriteAllText(Path.Combine(dir, "config.json"), """
            { "alerts": [ { "name": "api-5xx", "metric": "5xxRatio", "window": 10, "above": 0.2, "minRequests": 4,
                            "section": "/api", "severity": "critical" } ] }
            """);
        var log = new StringBuilder();
        for (int s = 0; s < 20; s++)
        {
            string stamp = T0.AddSeconds(s).ToString("dd/MMM/yyyy:HH:mm:ss +0000", CultureInfo.InvariantCulture);
            log.Append(CultureInfo.InvariantCulture, $"1.2.3.4 - - [{stamp}] \"GET /api/x HTTP/1.1\" {(s is >= 4 and < 8 ? 503 : 200)} 10\n");
            log.Append(CultureInfo.InvariantCulture, $"1.2.3.4 - - [{stamp}] \"GET /home HTTP/1.1\" 500 10\n");
        }

        File.WriteAllText(Path.Combine(dir, "access.log"), log.ToString());

        var jsonl = HttpMonitorProcess.RunIn(dir, null, "replay", "access.log", "--output", "jsonl");
        var text = HttpMonitorProcess.RunIn(dir, null, "replay", "access.log");

        // /home's 500s are not /api's: the ratio is /api's alone. 1 of 5 at 5 (0.2, not above), 2 of 6 at 6;
        // at 16 the window [6,16) holds 2 of 10: 0.2, at the threshold, recovers.
        Assert.Contains(
            """{"type":"alert","alert":"api-5xx","state":"triggered","time":"2026-11-23T10:00:06Z","metric":"5xxRatio","value":0.333,"threshold":0.2,"severity":"critical","message":"api-5xx generated an alert - 5xxRatio = 0.333, triggered at 2026-11-23T10:00:06Z"}""",
            jsonl.StdoutLines);
        Assert.Contains(jsonl.StdoutLines, l => l.StartsWith("""{"type":"alert","alert":"api-5xx","state":"recovered","time":"2026-11-23T10:00:16Z","metric":"5xxRatio","value":0.2,""", StringComparison.Ordinal));
        Assert.Contains("ALERT     api-5xx generated an alert - 5xxRatio = 0.333, triggered at 2026-11-23T10:00:06Z", text.StdoutLines);
    }
}
