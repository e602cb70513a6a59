using CsCheck;
using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>Every format reads any bytes without throwing, blank lines are blank in all of them.</summary>
public sealed class FormatsFuzzTests
{
    public static TheoryData<string> Formats() =>
    [
        "combined", "vhost_combined", "json", "w3c", "alb",
        "nginx:$remote_addr [$time_local] \"$request\" $status $body_bytes_sent $request_time $host",
        "apache:%v %h %t \"%r\" %>s %b %D",
    ];

    [Theory]
    [MemberData(nameof(Formats))]
    public void Parse_AnyBytes_NeverThrows_AndBlankIsOnlyWhitespace(string name)
    {
        var format = ParserExtensions.Format(name);
        format.KindOf("#Fields: date time c-ip cs-uri-stem sc-status"); // gives w3c data lines a shape
        var bytes = Gen.OneOf(
            Gen.Byte.Array[0, 300],
            Gen.Char["{}\":,[] 0123456789.-\\/aTZ#\t\r"].Array[0, 120].Select(c => Some.Utf8(new string(c))));
        bytes.Sample(line =>
        {
            var kind = format.Parse(line, out _);
            var text = line.AsSpan();
            text = text.EndsWith((byte)'\r') ? text[..^1] : text;
            return (kind == LineKind.Blank) == (text.IndexOfAnyExcept((byte)' ', (byte)'\t') < 0);
        }, iter: 20_000, threads: 1); // one reader, which is not thread-safe
    }
}
