using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing;

/// <summary>Section and path of a request field "METHOD TARGET [PROTOCOL]", as SEMANTICS.md defines them.</summary>
internal static class Target
{
    public const string None = "-";

    /// <summary>Section and path as slices of <paramref name="request"/>; both empty for a request with no usable target.</summary>
    public static void Split(ReadOnlySpan<byte> request, out ReadOnlySpan<byte> section, out ReadOnlySpan<byte> path) =>
        SectionOf(PathOf(request), out section, out path);

    /// <summary>Section and path of a target alone (nginx <c>$request_uri</c>, Apache <c>%U</c>, W3C <c>cs-uri-stem</c>), as slices of it.</summary>
    public static void SplitTarget(ReadOnlySpan<byte> target, out ReadOnlySpan<byte> section, out ReadOnlySpan<byte> path) =>
        SectionOf(TargetPath(target), out section, out path);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void SectionOf(ReadOnlySpan<byte> target, out ReadOnlySpan<byte> section, out ReadOnlySpan<byte> path)
    {
        path = target;
        if (path.IsEmpty || path[0] != (byte)'/')
        {
            section = path = default;
            return;
        }

        int segmentEnd = ShortSearch.IndexOf(path[1..], (byte)'/');
        section = segmentEnd < 0 ? path : path[..(segmentEnd + 1)];
    }

    /// <summary>The target between the first and second space, less scheme, authority, query and fragment.</summary>
    [MethodImpl(HotPath.PerLine)]
    internal static ReadOnlySpan<byte> PathOf(ReadOnlySpan<byte> request)
    {
        int first = ShortSearch.IndexOf(request, (byte)' ');
        if (first < 0)
        {
            return default;
        }

        var target = request[(first + 1)..];
        int second = target.IndexOf((byte)' ');
        if (second >= 0)
        {
            target = target[..second];
        }

        return TargetPath(target);
    }

    /// <summary>The target less scheme, authority, query and fragment.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ReadOnlySpan<byte> TargetPath(ReadOnlySpan<byte> target)
    {
        int schemeLength = !target.IsEmpty && target[0] == (byte)'/' ? 0 : SchemeLength(target); // most targets are paths
        if (schemeLength > 0)
        {
            var afterScheme = target[schemeLength..];
            int authorityEnd = afterScheme.IndexOfAny("/?#"u8);
            if (authorityEnd < 0 || afterScheme[authorityEnd] != (byte)'/')
            {
                return "/"u8;
            }

            target = afterScheme[authorityEnd..];
        }

        int queryStart = target.IndexOfAny((byte)'?', (byte)'#');
        return queryStart < 0 ? target : target[..queryStart];
    }

    private static int SchemeLength(ReadOnlySpan<byte> target)
    {
        if (StartsWithIgnoreCase(target, "http://"u8))
        {
            return 7;
        }

        return StartsWithIgnoreCase(target, "https://"u8) ? 8 : 0;
    }

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> s, ReadOnlySpan<byte> lowerPrefix)
    {
        if (s.Length < lowerPrefix.Length)
        {
            return false;
        }

        for (int i = 0; i < lowerPrefix.Length; i++)
        {
            if ((s[i] | 0x20) != lowerPrefix[i])
            {
                return false;
            }
        }

        return true;
    }
}
