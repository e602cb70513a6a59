using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Tests.Parsing;

public sealed class NumbersTests
{
    [Fact]
    public void IsNumber_AnyText_IsWhatTryScaledReads()
    {
        // IsNumber says whether TryScaled reads a text: the two must never disagree.
        var random = new Random(15);
        for (int i = 0; i < 100_000; i++)
        {
            byte[] text = [.. Enumerable.Range(0, random.Next(24)).Select(_ => "0123456789.-+e x"u8[random.Next(random.Next(2) == 0 ? 10 : 16)])];

            Assert.Equal((Encoding.ASCII.GetString(text), Numbers.TryScaled(text, 0, out _)), (Encoding.ASCII.GetString(text), Numbers.IsNumber(text)));
        }
    }

    [Fact]
    public void TryScaled_AnyText_IsTheDecimalTimesTenToTheScaleTruncated()
    {
        // The reference: the text's decimal value, when it has the form TryScaled reads and fits.
        var form = new Regex("^-?([0-9]+)(\\.[0-9]+)?$");
        var random = new Random(16);
        for (int i = 0; i < 100_000; i++)
        {
            byte[] text = [.. Enumerable.Range(0, random.Next(24)).Select(_ => "0123456789.-+e x"u8[random.Next(random.Next(2) == 0 ? 11 : 16)])];
            int scale = random.Next(7);
            string s = Encoding.ASCII.GetString(text);
            var match = form.Match(s);
            bool readable = match.Success && match.Groups[1].Length + scale <= 18;
            long expected = readable ? (long)decimal.Truncate(decimal.Parse(s, CultureInfo.InvariantCulture) * (decimal)Math.Pow(10, scale)) : 0;

            Assert.Equal((s, scale, readable, expected), (s, scale, Numbers.TryScaled(text, scale, out long value), value));
        }
    }
}
