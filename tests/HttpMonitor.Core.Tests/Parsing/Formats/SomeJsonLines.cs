using System.Text;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>
/// Random JSON log lines for the json reader's properties: objects of the keys it reads and of
/// others, in any order and repeated, with fitting values and odd ones (escapes, raw control
/// bytes, numbers off JSON's grammar, nested objects and arrays), with any whitespace, and often
/// mutated afterwards (truncated, a byte inserted, dropped or replaced, something after the object).
/// </summary>
internal sealed class SomeJsonLines(Random random)
{
    private static readonly string[] Times =
    [
        "\"30/Nov/2026:06:42:45 +0000\"", "\"23/Nov/2026:09:00:00 -0700\"", "\"2026-11-30T06:42:45Z\"", "\"2026-11-30T07:42:45.5+01:00\"",
        "1796020965", "1796020965.25", "\"1796020965.999\"", "\"-\"", "\"\"", "\"2026-11-30T06:42:45\"", "1e9", "-1",
    ];

    private static readonly string[] Numbers =
    [
        "200", "404", "503", "0", "-0", "6", "22981", "1.374", "0.000929675", "143700", "12.5", "-0.5", "1e5", "2e2", "1E+2", "0.5e-3", "200.0",
    ];

    private static readonly string[] OddNumbers =
    [
        "01", "-01", "00", "1.", "-", ".5", "-.5", "+1", "--1", "1.2.3", "0x10", "1e", "1E", "1e+", "1e-", "1e.5", "1.e5", "1e5.", "0e",
        "12345678901234567890123", "NaN", "1.5e+3",
    ];

    private static readonly string[] Strings =
    [
        "\"200\"", "\"404\"", "\"22981\"", "\"1.374\"", "\"0.120\"", "\"01\"", "\"1e5\"", "\"-\"", "\"\"", "\"ok\"", "\" 200\"",
        "\"/a/b?x=1\"", "\"/\"", "\"GET /create HTTP/1.1\"", "\"HEAD /pages/x HTTP/1.0\"", "\"GARBAGE\"", "\"http://h.example/x/y#f\"",
        "\"shop.example.org\"", "\"10.0.0.1\"", "\"2001:db8::1\"", "\"é/ü ☃\"", "\"del\u007f\"",
        "\"Mozilla/5.0 (compatible; \\\"quoted\\\" bot/1.0)\"", "\"\\/x\\/y\"", "\"\\u0041\\u00e9\\t\\b\\f\\n\\r\\\\\"",
    ];

    private static readonly string[] OddStrings =
    [
        "\"a\\\"b\"", "\"\\/x\\/y\"", "\"\\u0041\\u00e9\"", "\"tab\\there\"", "\"raw\ttab\"", "\"nul\u0000byte\"", "\"\\ud800\"",
        "\"GET /search\\/x?q=\\\"hi\\\" HTTP/1.1\"", "\"bad\\q\"", "\"nginx \\x22\"", "\"\\u12\"", "\"\\u12G4\"", "\"\\U0041\"",
        "\"\\udc00\\ud800\"", "\"\\uD83D\\uDE00\"", "\"end\\\"", "\"\\u00\"",
    ];

    private static readonly string[] Literals = ["true", "false", "null"];

    private static readonly string[] OddLiterals = ["tru", "nulll", "True", "nul", "falsey"];

    private static readonly string[] TopKeys =
    [
        "time_iso8601", "time_local", "@timestamp", "timestamp", "time", "ts", "StartUTC", "msec", "remote_addr", "client_ip", "ClientHost",
        "remote_ip", "request", "request_uri", "RequestPath", "uri", "path", "status", "DownstreamStatus", "status_code", "body_bytes_sent",
        "bytes_sent", "size", "DownstreamContentSize", "bytes", "request_time", "duration", "Duration", "duration_ms", "host",
        "RequestHost", "server_name", "vhost",
    ];

    private static readonly string[] OtherKeys =
    [
        "remote_user", "http_referrer", "http_user_agent", "upstream_response_time", "level", "msg", "Status", "", "x", "réquest", "headers",
    ];

    private static readonly string[] OddKeys = ["sta\\u0074us", "requ\\u0065st", "ti\tme"];

    private static readonly string[] RequestKeys = ["client_ip", "remote_ip", "uri", "host", "method", "proto", "request", "headers", "ur\\u0069"];

    private static readonly string[] Spaces = ["", "", "", "", "", " ", "\t", "  ", "\r", "\n"];

    private static readonly string[] OddSpaces = ["\f", "\v", "\u00a0", "\u2028", "/**/", "//"];

    private static readonly string[] Separators = [",", ",", ",", ",", ",", ",", ",,", "", ";", ":"];

    private static readonly byte[] OddBytes = [.. "\"\\,:{}[] \t\r0-.ex"u8, 0x00, 0x1F, 0x7F, 0x80, 0xC3, 0xE2, 0xFF];

    private static readonly string[] Tails = [" ", "\t", "\r", " x", "}", ",", "{}", "\"", "]", " 1"];

    // Whether the line being written takes odd keys and values; the others are lines a server writes.
    private bool _odd;

    /// <summary>A line: well-formed more often than not, so that many are accepted.</summary>
    public byte[] Line()
    {
        _odd = random.Next(3) == 0;
        string text = random.Next(8) == 0 ? Short() : Object(inRequest: false);
        var line = new List<byte>(Encoding.UTF8.GetBytes(Pick("", "", " ", "\t", "\r") + text));
        for (int mutations = random.Next(4) == 0 ? random.Next(1, 3) : 0; mutations > 0; mutations--)
        {
            Mutate(line);
        }

        return [.. line];
    }

    /// <summary>A line shorter than one 64-byte block of the scanner's, which it reads byte by byte.</summary>
    private string Short() =>
        "{\"ts\":1796020965,\"status\":200,\"path\":" + Pick("\"/a\"", "\"/a\\/b\"", "\"\\u002fa\"", "\"/a\\\"\"", "\"/a\tb\"", "\"/\\q\"", "1") + Pick("}", "} ", ",\"x\":\"\\\"\"}");

    private string Object(bool inRequest)
    {
        var pairs = new List<string>();
        if (!inRequest && random.Next(5) != 0)
        {
            // The three fields every accepted line needs, so that many lines are accepted.
            pairs.Add(Pair(Pick("time_local", "time_iso8601", "time", "ts", "msec"), random.Next(3) == 0 ? Pick(Times) : Times[random.Next(4)]));
            pairs.Add(Pair(Pick("status", "DownstreamStatus", "status_code"), Pick("200", "\"404\"", "503", "\"200\"", "200.0")));
            pairs.Add(Pair(Pick("request", "request_uri", "path", "uri"), Pick("\"GET /create HTTP/1.1\"", "\"/a/b?x=1\"", "\"/p\"")));
        }

        for (int extra = random.Next(inRequest ? 5 : 10); extra > 0; extra--)
        {
            pairs.Add(Pair(Key(inRequest), Value(depth: inRequest ? 2 : 1)));
        }

        Shuffle(pairs);
        string trailing = _odd && pairs.Count > 0 && random.Next(8) == 0 ? "," : "";
        return "{" + Space() + string.Join(Space() + Separator() + Space(), pairs) + trailing + Space() + "}" + Space();
    }

    private string Key(bool inRequest) => random.Next(10) switch
    {
        _ when inRequest => Pick(RequestKeys),
        0 when _odd => Pick(OddKeys),
        1 => Pick(TopKeys),
        2 => "request",
        _ => Pick(OtherKeys),
    };

    private string Value(int depth) => random.Next(12) switch
    {
        0 or 1 or 2 => Pick(Strings),
        3 or 4 => Pick(Numbers),
        5 => Pick(Times),
        6 => Pick(Literals),
        7 when depth < 3 && (_odd || random.Next(4) == 0) => Object(inRequest: true),
        8 when _odd && depth < 3 => "[" + Space() + string.Join(",", Enumerable.Range(0, random.Next(3)).Select(_ => Value(depth + 1))) + Space() + "]",
        9 when _odd => Pick(OddStrings),
        10 when _odd => Pick(OddNumbers),
        11 when _odd => random.Next(3) == 0 ? Deep(random.Next(25, 70)) : Pick(OddLiterals),
        _ => Pick(Strings),
    };

    /// <summary>Arrays in arrays, around the reader's depth limit (64).</summary>
    private static string Deep(int depth) => new string('[', depth) + "1" + new string(']', depth);

    private string Pair(string key, string value) =>
        "\"" + key + "\"" + Space() + (_odd && random.Next(30) == 0 ? Pick("", " ", "=", "::") : ":") + Space() + value;

    private void Mutate(List<byte> line)
    {
        int at = random.Next(line.Count + 1);
        switch (random.Next(5))
        {
            case 0:
                line.RemoveRange(at, line.Count - at);
                break;
            case 1:
                line.Insert(at, OddBytes[random.Next(OddBytes.Length)]);
                break;
            case 2 when at < line.Count:
                line.RemoveAt(at);
                break;
            case 3 when at < line.Count:
                line[at] = OddBytes[random.Next(OddBytes.Length)];
                break;
            default:
                line.AddRange(Encoding.UTF8.GetBytes(Pick(Tails)));
                break;
        }
    }

    private string Space() => _odd && random.Next(50) == 0 ? Pick(OddSpaces) : Pick(Spaces);

    private string Separator() => _odd && random.Next(10) == 0 ? Pick(Separators) : ",";

    private string Pick(params string[] choices) => choices[random.Next(choices.Length)];

    private void Shuffle(List<string> items)
    {
        for (int i = items.Count - 1; i > 0; i--)
        {
            int j = random.Next(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }
}
