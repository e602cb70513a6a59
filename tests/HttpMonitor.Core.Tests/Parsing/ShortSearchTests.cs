using HttpMonitor.Core.Parsing;

namespace HttpMonitor.Core.Tests.Parsing;

public sealed class ShortSearchTests
{
    [Fact]
    public void IndexOf_AnyBytesFromAnyStart_IsTheSpanSearchsAnswer()
    {
        // Lengths around the 16-byte probe, the byte sought rare or frequent, found in the probe, past it or not at all.
        var random = new Random(18);
        for (int round = 0; round < 20_000; round++)
        {
            var bytes = new byte[random.Next(0, 48)];
            int alphabet = random.Next(2, 40);
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)('a' + random.Next(alphabet));
            }

            byte value = (byte)('a' + random.Next(alphabet));
            int from = random.Next(0, bytes.Length + 1);
            int expected = bytes.AsSpan(from).IndexOf(value) is var found and >= 0 ? from + found : -1;

            Assert.Equal(expected, ShortSearch.IndexOf(bytes, from, value));
            if (from == 0)
            {
                Assert.Equal(expected, ShortSearch.IndexOf(bytes, value));
            }
        }
    }
}
