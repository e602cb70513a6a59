using System.Text;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Tests.Collections;

public sealed class StringPoolTests
{
    [Fact]
    public void Get_SameBytesTwice_GivesTheSameString()
    {
        var pool = new StringPool();
        string first = pool.Get("/api/users"u8);
        Assert.Same(first, pool.Get("/api/users"u8));
    }

    [Fact]
    public void Get_NotAscii_GivesItsTextEveryTime()
    {
        var pool = new StringPool();

        Assert.Equal(["/caf\u00e9", "/caf\u00e9", "/caf\uFFFD"], new[] { pool.Get("/caf\u00e9"u8), pool.Get("/caf\u00e9"u8), pool.Get([.. "/caf"u8, 0xFF]) });
    }

    [Fact]
    public void Get_FloodOfKeysOfEveryLength_GivesEachItsOwnText()
    {
        // Slots are reused by keys longer and shorter than the last: a key must never read as a
        // prefix or a leftover of the one before it in its slot.
        var pool = new StringPool();
        var random = new Random(7);
        for (int i = 0; i < 50_000; i++)
        {
            string key = "/" + new string('a', random.Next(60)) + i;
            Assert.Equal(key, pool.Get(Encoding.UTF8.GetBytes(key)));
            string shorter = key[..^1];
            Assert.Equal(shorter, pool.Get(Encoding.UTF8.GetBytes(shorter)));
        }
    }
}
