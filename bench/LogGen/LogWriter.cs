using System.Globalization;
using System.Text;

namespace LogGen;

/// <summary>
/// Writes realistic access-log lines second by second, in Combined or another format
/// (<see cref="LineFormats"/>); deterministic for a given <see cref="Random"/> seed. Every format
/// writes the same requests: the random draws do not depend on the format.
/// </summary>
public sealed class LogWriter(Random random, int rate, int malformedPerMille, string format = LineFormats.Combined, bool highCardinality = false)
{
    /// <summary>The default's sections: also the most popular of <see cref="HighCardinality"/>'s.</summary>
    internal static readonly string[] Sections =
        ["/", "/api", "/static", "/pages", "/images", "/blog", "/login", "/search", "/API", "/%7Euser", "/wp-admin", "/favicon.ico"];

    private static readonly string[] Vhosts = ["www.example.com", "api.example.com", "shop.example.org"];

    private static readonly TimeSpan Offset = TimeSpan.FromHours(-7);
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 9, 0, 0, Offset);

    /// <summary>Null by default: then no draw of its own is made, and the default log keeps its bytes.</summary>
    private readonly HighCardinality? _high = highCardinality ? new HighCardinality(random) : null;

    private static readonly string[] Leaves =
        ["index.html", "users", "cart", "app.js", "site.css", "logo.png", "create", "edit", "42", "post-2026-11", "a%20b", "caf\u00e9"];

    private static readonly string[] Agents =
    [
        "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
        "curl/8.5.0",
        "Googlebot/2.1 (+http://www.google.com/bot.html)",
        "python-requests/2.32.3",
        "Mozilla/5.0 (compatible; \\\"quoted\\\" bot/1.0)",
    ];

    public void Write(TextWriter output, long lines)
    {
        long second = 0;
        var line = new StringBuilder(512);
        var write = LineFormats.Writer(format);
        output.Write(LineFormats.Header(format));
        for (long written = 0; written < lines; second++)
        {
            for (int n = LinesIn(second); n > 0 && written < lines; n--, written++)
            {
                line.Clear();
                if (random.Next(1000) < malformedPerMille)
                {
                    Malformed(line, second);
                }
                else
                {
                    write(line, Request(second));
                }

                output.WriteLine(line);
            }
        }
    }

    /// <summary>Waves: 20 calm minutes, then 3 minutes at five times the rate.</summary>
    private int LinesIn(long second)
    {
        double mean = second % 1380 >= 1200 ? rate * 5.0 : rate;
        return (int)(mean * (0.5 + random.NextDouble()));
    }

    /// <summary>The next request: the random draws in the order the Combined writer always made them, so its lines stay as they were.</summary>
    private GeneratedRequest Request(long second)
    {
        // A few lines are written late (out of order) by up to 4 s.
        long at = random.Next(100) < 3 ? Math.Max(0, second - 1 - random.Next(4)) : second;
        string client = Client();
        string user = User();
        string? method = null, target = null;
        int status = 400;
        long? bytes = null;
        if (random.Next(1000) != 0) // else a TLS handshake sent to the plain-HTTP port: a request without a target
        {
            status = Status(second);
            method = Method();
            target = Target();
            bytes = status == 304 || random.Next(50) == 0 ? null : random.Next(200, 60_000) * (random.Next(20) == 0 ? 40 : 1);
        }

        string referer = random.Next(3) == 0 ? "-" : "https://example.com" + Path();
        string agent = Agents[random.Next(Agents.Length)];
        // Vhost and duration come from the draws above, not new ones: the Combined lines stay the same.
        string vhost = Vhosts[(client.Length + (target?.Length ?? 0)) % Vhosts.Length];
        int durationMs = (int)((((bytes ?? 0) / 7) + ((target?.Length ?? 0) * 13)) % 2000);
        return new GeneratedRequest(Start.AddSeconds(at), client, user, method, target, status, bytes, referer, agent, vhost, durationMs);
    }

    private string Client() => _high?.Client(HeavyHitter) ?? HeavyHitter();

    private string HeavyHitter()
    {
        // Zipf-like: most traffic from few clients, a long tail of others; one in six is IPv6.
        int id = (int)Math.Pow(random.Next(1, 1 << 20), 0.8 + (0.4 * random.NextDouble())) % 100_000;
        return id % 6 == 0
            ? $"2001:db8:{id % 0xffff:x}::{id / 7 % 0xffff:x}"
            : $"{10 + (id % 200)}.{id / 200 % 256}.{id / 51 % 256}.{id % 251}";
    }

    private string User() => random.Next(50) switch
    {
        0 => "frank",
        1 => "john doe", // authuser may contain spaces
        _ => "-",
    };

    private string Method() => random.Next(20) switch
    {
        < 15 => "GET",
        < 18 => "POST",
        18 => "HEAD",
        _ => random.Next(2) == 0 ? "PUT" : "DELETE",
    };

    private string Target() => random.Next(100) switch
    {
        0 => "http://example.com" + Path(),
        1 => "*",
        2 => Path() + "#top",
        3 => "/search?q=%22a\\\"b%22&x=\\x00",
        < 25 => Path() + "?page=" + random.Next(10) + "&q=" + Leaves[random.Next(Leaves.Length)],
        < 90 when _high is not null => Path() + _high.Query(),
        _ => Path(),
    };

    private string Path()
    {
        string section = _high?.Section() ?? Sections[(int)(Math.Pow(random.NextDouble(), 2) * Sections.Length)];
        return random.Next(4) switch
        {
            0 => section,
            1 => section.TrimEnd('/') + "/" + Leaves[random.Next(Leaves.Length)],
            _ => section.TrimEnd('/') + "/" + Leaves[random.Next(Leaves.Length)] + "/" + random.Next(1000),
        };
    }

    /// <summary>Mostly 2xx/3xx; an error storm of 40 s every 17 minutes.</summary>
    private int Status(long second)
    {
        bool storm = second % 1020 is >= 600 and < 640;
        int roll = random.Next(1000);
        if (storm && roll < 300)
        {
            return random.Next(2) == 0 ? 500 : 503;
        }

        return roll switch
        {
            < 780 => 200,
            < 850 => 304,
            < 880 => 301,
            < 940 => 404,
            < 955 => 403,
            < 960 => 401,
            < 963 => 500,
            < 965 => 502,
            _ => 200,
        };
    }

    private void Malformed(StringBuilder line, long second)
    {
        switch (random.Next(6))
        {
            case 0:
                line.Append("garbage that is not a log line");
                break;
            case 1:
                line.Append("10.0.0.1 - - [31/Feb/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 200 12");
                break;
            case 2:
                LineFormats.Writer(LineFormats.Combined)(line, Request(second));
                line.Length /= 2; // cut mid-line
                break;
            case 3:
                line.Append("10.0.0.1 - - [23/Nov/2026:10:00:00 +0000] \"GET / HTTP/1.1\" 999 12");
                break;
            case 4:
                line.Append("   "); // blank: ignored, not counted
                break;
            default:
                line.Append("10.0.0.1 - - [23/Nov/2026:10:00:00 +0000] \"GET /\xff\xfe HTTP/1.1\" 200 12x");
                break;
        }
    }
}
