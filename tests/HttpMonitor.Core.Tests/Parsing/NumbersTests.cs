using System.Text;
using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Tests.Parsing;

public sealed class NumbersTests
{
    [Fact]
    public void IsNumber_AnyText_IsWhatTryScaledReads()
    {
        // IsNumber checks in one pass what TryScaled reads: the two must never disagree.
        var random = new Random(15);
        for (int i = 0; i < 100_000; i++)
        {
            byte[] text = [.. Enumerable.Range(0, random.Next(24)).Select(_ => "0123456789.-+e x"u8[random.Next(random.Next(2) == 0 ? 10 : 16)])];

            Assert.Equal((Encoding.ASCII.GetString(text), Numbers.TryScaled(text, 0, out _)), (Encoding.ASCII.GetString(text), Numbers.IsNumber(text)));
        }
    }
}
