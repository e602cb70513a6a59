namespace HttpMonitor.Core.Sources;

/// <summary>A gzip member's header (RFC 1952, 2.3), read up to its deflate data.</summary>
internal static class GzipHeader
{
    private const int DeflateMethod = 8;
    private const int HeaderCrc = 0x02, Extra = 0x04, Name = 0x08, Comment = 0x10, Reserved = 0xE0;

    public static GzipHeaderRead Skip(GzipInput input)
    {
        int id1 = input.ReadByte(), id2 = input.ReadByte();
        if (id1 == -1 || id2 == -1)
        {
            return id1 is -1 or 0x1f ? GzipHeaderRead.CutShort : GzipHeaderRead.NotGzip;
        }

        if (id1 != 0x1f || id2 != 0x8b)
        {
            return GzipHeaderRead.NotGzip;
        }

        int method = input.ReadByte(), flags = input.ReadByte();
        if (flags == -1)
        {
            return GzipHeaderRead.CutShort;
        }

        if (method != DeflateMethod || (flags & Reserved) != 0)
        {
            return GzipHeaderRead.Damaged;
        }

        bool read = SkipBytes(input, 6) // modification time, extra flags, operating system
            && ((flags & Extra) == 0 || SkipExtra(input))
            && ((flags & Name) == 0 || SkipZeroTerminated(input))
            && ((flags & Comment) == 0 || SkipZeroTerminated(input))
            && ((flags & HeaderCrc) == 0 || SkipBytes(input, 2));
        return read ? GzipHeaderRead.Read : GzipHeaderRead.CutShort;
    }

    private static bool SkipExtra(GzipInput input)
    {
        int low = input.ReadByte(), high = input.ReadByte();
        return high != -1 && SkipBytes(input, low | (high << 8));
    }

    private static bool SkipBytes(GzipInput input, int count)
    {
        for (int i = 0; i < count; i++)
        {
            if (input.ReadByte() == -1)
            {
                return false;
            }
        }

        return true;
    }

    private static bool SkipZeroTerminated(GzipInput input)
    {
        int b;
        while ((b = input.ReadByte()) > 0)
        {
        }

        return b == 0;
    }
}
