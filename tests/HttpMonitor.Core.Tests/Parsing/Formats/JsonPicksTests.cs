using HttpMonitor.Core.Parsing;
using HttpMonitor.Core.Parsing.Json;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>The json reader's own number check is the one every format uses.</summary>
public sealed class JsonPicksTests
{
    [Fact]
    public void HoldsNumber_AnyText_IsNumbersIsNumber()
    {
        var random = new Random(15);
        for (int i = 0; i < 100_000; i++)
        {
            byte[] text = [.. Enumerable.Range(0, random.Next(24)).Select(_ => "0123456789.-+e x"u8[random.Next(random.Next(2) == 0 ? 10 : 16)])];

            Assert.Equal((System.Text.Encoding.ASCII.GetString(text), Numbers.IsNumber(text)), (System.Text.Encoding.ASCII.GetString(text), JsonPicks.HoldsNumber(text)));
        }
    }
}
