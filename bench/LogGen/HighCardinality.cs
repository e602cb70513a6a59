using System.Globalization;

namespace LogGen;

/// <summary>
/// What <c>--cardinality high</c> draws instead of the default's small vocabulary: the keys a busy
/// public site sees. Half the clients come from a uniform tail of 100,000 addresses (crawlers,
/// mobile networks; one in four IPv6), so a 500,000-line log already has well over 50,000
/// distinct clients; nine requests in ten carry a query string with ids and session tokens; and
/// paths fall in 300 sections, a few of them popular. Only called in that mode: the default log
/// makes none of these draws, so its bytes stay as they were.
/// </summary>
public sealed class HighCardinality(Random random)
{
    public const string Option = "high";

    private const int TailClients = 100_000;

    private static readonly string[] Words =
    [
        "api", "static", "shop", "blog", "docs", "media", "user", "account", "search", "cart", "img", "video",
        "news", "help", "forum", "wiki", "download", "assets", "admin", "partner", "product", "category",
        "checkout", "feed",
    ];

    private static readonly string[] Params = ["id", "page", "sort", "ref", "lang", "utm_source", "q", "session"];

    /// <summary>The default's 12 sections first (so the popular ones stay popular), then "/word" and "/word-N": 300 in all.</summary>
    private static readonly string[] AllSections = BuildSections(300);

    public static IReadOnlyList<string> Sections => AllSections;

    /// <summary>A client: the default's Zipf-like one half the time (heavy hitters), else one from the uniform tail.</summary>
    public string Client(Func<string> heavyHitter)
    {
        if (random.Next(2) == 0)
        {
            return heavyHitter();
        }

        int id = random.Next(TailClients);
        return id % 4 == 0
            ? $"2a02:{id % 0xffff:x}:{id / 0xffff:x}::{(id * 7) % 0xffff:x}"
            : $"{1 + (id % 223)}.{id / 223 % 256}.{id / 57_089 % 256}.{1 + (id % 250)}";
    }

    /// <summary>A section, popular ones first: the cube of a uniform draw leans towards the start of the list.</summary>
    public string Section() => AllSections[(int)(Math.Pow(random.NextDouble(), 3) * AllSections.Length)];

    /// <summary>One to three parameters, ids and tokens with many values; now and then a percent-escape.</summary>
    public string Query()
    {
        int count = 1 + random.Next(3);
        var parts = new string[count];
        for (int i = 0; i < count; i++)
        {
            string name = Params[random.Next(Params.Length)];
            string value = random.Next(20) == 0
                ? "caf%C3%A9%20" + random.Next(100).ToString(CultureInfo.InvariantCulture)
                : random.Next(1_000_000).ToString("x", CultureInfo.InvariantCulture);
            parts[i] = name + "=" + value;
        }

        return "?" + string.Join('&', parts);
    }

    private static string[] BuildSections(int count)
    {
        var sections = new List<string>(LogWriter.Sections);
        for (int n = 0; sections.Count < count; n++)
        {
            foreach (string word in Words)
            {
                string section = n == 0 ? "/" + word : $"/{word}-{n}";
                if (sections.Count < count && !sections.Contains(section))
                {
                    sections.Add(section);
                }
            }
        }

        return [.. sections];
    }
}
