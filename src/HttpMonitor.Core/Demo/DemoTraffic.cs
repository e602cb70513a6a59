using System.Globalization;
using System.Text;

namespace HttpMonitor.Core.Demo;

/// <summary>
/// Realistic Combined log lines for the demo, on a six-minute cycle that shows every alert:
/// calm traffic, a burst from 20 s to 60 s that fires the traffic alert after about 45 s
/// (recovering near 2m45s), and a burst of server errors from 90 s to 100 s.
/// </summary>
/// <remarks>Deterministic for a seed, so the tests and the demo see the same traffic.</remarks>
public sealed class DemoTraffic(int seed = 42)
{
    public const int CycleSeconds = 360;

    private static readonly string[] Pages =
    [
        "/", "/index.html", "/api/users", "/api/users/42", "/api/orders?page=2", "/api/orders/981",
        "/static/css/site.css", "/static/js/app.js", "/images/logo.png", "/images/hero.jpg",
        "/blog/2026/11/rx-in-production", "/blog/feed.xml", "/docs/getting-started", "/search?q=alerts",
    ];

    private static readonly string[] Agents =
    [
        "Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36",
        "curl/8.5.0",
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
    ];

    private readonly Random _random = new(seed);

    /// <summary>Requests per second at a point of the cycle.</summary>
    public static int RateAt(int secondOfCycle) => secondOfCycle is >= 20 and < 60 ? 45 : 4;

    /// <summary>Whether the cycle is in its burst of server errors.</summary>
    public static bool ErrorBurstAt(int secondOfCycle) => secondOfCycle is >= 90 and < 100;

    /// <summary>The lines of one second of demo traffic, stamped with <paramref name="time"/>.</summary>
    public IEnumerable<string> LinesFor(DateTimeOffset time, int secondOfCycle)
    {
        string stamp = time.ToString("dd/MMM/yyyy:HH:mm:ss ", CultureInfo.InvariantCulture)
            + (time.Offset < TimeSpan.Zero ? "-" : "+") + time.Offset.ToString("hhmm", CultureInfo.InvariantCulture);
        int rate = RateAt(secondOfCycle);
        for (int i = 0; i < rate; i++)
        {
            yield return Line(stamp, Pages[_random.Next(Pages.Length)], Status(ErrorBurstAt(secondOfCycle)));
        }

        if (ErrorBurstAt(secondOfCycle))
        {
            for (int i = 0; i < 3; i++)
            {
                yield return Line(stamp, "/api/orders/checkout", _random.Next(2) == 0 ? 500 : 503);
            }
        }
    }

    private int Status(bool errorBurst)
    {
        int roll = _random.Next(1000); // per mille: rare client errors, so only the error burst alerts
        return roll switch
        {
            < 10 => 404,
            < 13 => 401,
            < 100 => 304,
            _ when errorBurst && roll < 300 => 502,
            _ => 200,
        };
    }

    private string Line(string stamp, string target, int status)
    {
        var line = new StringBuilder(200);
        line.Append(CultureInfo.InvariantCulture, $"192.0.2.{_random.Next(1, 60)} - ");
        line.Append(_random.Next(8) == 0 ? "alice" : "-");
        line.Append(CultureInfo.InvariantCulture, $" [{stamp}] \"{(target.StartsWith("/api/orders/checkout", StringComparison.Ordinal) ? "POST" : "GET")} {target} HTTP/1.1\" {status} ");
        line.Append(status == 304 ? "-" : (_random.Next(200, 48_000)).ToString(CultureInfo.InvariantCulture));
        line.Append(CultureInfo.InvariantCulture, $" \"https://example.org/\" \"{Agents[_random.Next(Agents.Length)]}\"");
        return line.ToString();
    }
}
