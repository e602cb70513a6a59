using System.Net;
using HttpMonitor.Core.Geo;
using HttpMonitor.Core.Tests.Support;
using HttpMonitor.Testing;

namespace HttpMonitor.Core.Tests.Geo;

/// <summary>
/// Damaged GeoIP databases, deterministic (each case is reproducible from its seed): a database
/// that cannot be used says so when opened; one that opens answers every look-up, at worst "unknown".
/// </summary>
public sealed class GeoDatabaseFuzzTests : IDisposable
{
    private const int Cases = 150;
    private const int RandomAddresses = 64;

    private static readonly string[] DocumentedAddresses =
        ["81.2.69.160", "89.160.20.130", "216.160.83.57", "2001:218::1", "2001:220::5", "::ffff:81.2.69.160", "2.125.160.216", "175.16.199.1"];

    private readonly TempDirectory _dir = new();

    public void Dispose() => _dir.Dispose();

    public enum Damage
    {
        BitFlips,
        Truncation,
        RandomSpan,
        RandomMetadataSpan,
        RandomFile,
    }

    [Theory]
    [InlineData(Damage.BitFlips)]
    [InlineData(Damage.Truncation)]
    [InlineData(Damage.RandomSpan)]
    [InlineData(Damage.RandomMetadataSpan)]
    [InlineData(Damage.RandomFile)]
    public void OpenAndLocate_DamagedDatabase_OnlyOpenThrowsAndOnlyGeoDatabaseException(Damage damage)
    {
        byte[] original = File.ReadAllBytes(TestData.Path("geoip/GeoLite2-Country-Test.mmdb"));
        var failures = new List<string>();
        for (int seed = 0; seed < Cases; seed++)
        {
            var random = new Random(seed);
            string path = _dir.File($"{damage}-{seed}.mmdb");
            File.WriteAllBytes(path, Corrupt(original, damage, random));
            if (Problem(path, Addresses(random)) is { } problem)
            {
                failures.Add($"seed {seed}: {problem}");
            }
        }

        Assert.Empty(failures);
    }

    /// <summary>What went wrong with one damaged file, or null when it behaved.</summary>
    private static string? Problem(string path, IEnumerable<string> addresses)
    {
        GeoDatabase geo;
        try
        {
            geo = GeoDatabase.Open(path);
        }
        catch (GeoDatabaseException e)
        {
            return e.Message.Contains('\n') ? $"Open said more than one line: {e.Message}" : null;
        }
        catch (Exception e)
        {
            return $"Open threw {e.GetType().Name}: {e.Message}";
        }

        using (geo)
        {
            foreach (string address in addresses)
            {
                try
                {
                    _ = geo.Locate(address);
                }
                catch (Exception e)
                {
                    return $"Locate({address}) threw {e.GetType().Name}: {e.Message}";
                }
            }
        }

        return null;
    }

    private static byte[] Corrupt(byte[] original, Damage damage, Random random)
    {
        byte[] bytes = [.. original];
        switch (damage)
        {
            case Damage.BitFlips:
                for (int i = random.Next(1, 9); i > 0; i--)
                {
                    bytes[random.Next(bytes.Length)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case Damage.Truncation:
                return bytes[..random.Next(bytes.Length)];
            case Damage.RandomSpan:
                random.NextBytes(bytes.AsSpan(random.Next(bytes.Length - 64), random.Next(1, 64)));
                return bytes;
            case Damage.RandomMetadataSpan:
                // The metadata is the last few hundred bytes: what Open decodes first.
                int fromEnd = random.Next(1, 400);
                random.NextBytes(bytes.AsSpan(bytes.Length - fromEnd, Math.Min(fromEnd, random.Next(1, 16))));
                return bytes;
            default:
                byte[] noise = new byte[random.Next(1, 4096)];
                random.NextBytes(noise);
                return noise;
        }
    }

    private static IEnumerable<string> Addresses(Random random)
    {
        foreach (string address in DocumentedAddresses)
        {
            yield return address;
        }

        for (int i = 0; i < RandomAddresses; i++)
        {
            byte[] raw = new byte[i % 4 == 0 ? 16 : 4];
            random.NextBytes(raw);
            yield return new IPAddress(raw).ToString();
        }
    }
}
