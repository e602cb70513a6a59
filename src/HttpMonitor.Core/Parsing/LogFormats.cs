using HttpMonitor.Core.Parsing.Json;
using HttpMonitor.Core.Parsing.Templates;

namespace HttpMonitor.Core.Parsing;

/// <summary>
/// The log formats of SEMANTICS ("Log formats"), by the name <c>--format</c> and
/// <c>logFormat</c> take: compiled once into a line reader, and chosen from a log's first line
/// for <c>auto</c>.
/// </summary>
public static class LogFormats
{
    public const string Auto = "auto";
    public const string Combined = "combined";
    public const string Common = "common";
    public const string VhostCombined = "vhost_combined";
    public const string Json = "json";
    public const string W3c = "w3c";
    public const string Alb = "alb";
    public const string NginxPrefix = "nginx:";
    public const string ApachePrefix = "apache:";

    /// <summary>Every accepted value, as help and messages list them.</summary>
    public const string Choices = "auto, combined, common, vhost_combined, json, w3c, alb, nginx:'FORMAT' or apache:'FORMAT'";

    private static readonly byte[][] AlbTypes = [.. new[] { "http", "https", "h2", "grpcs", "ws", "wss" }.Select(System.Text.Encoding.ASCII.GetBytes)];

    /// <summary>A new reader of <paramref name="format"/>, or null for <c>auto</c> (the first line chooses: <see cref="Detect"/>).</summary>
    /// <exception cref="LogFormatException">An unknown name or a format string that cannot be compiled, said in one line with where.</exception>
    public static ILogFormat? Compile(string format)
    {
        string trimmed = format.Trim();
        if (trimmed.StartsWith(NginxPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return NginxFormat.Compile(format, format.IndexOf(':', StringComparison.Ordinal) + 1);
        }

        if (trimmed.StartsWith(ApachePrefix, StringComparison.OrdinalIgnoreCase))
        {
            return ApacheFormat.Compile(format, format.IndexOf(':', StringComparison.Ordinal) + 1);
        }

        return trimmed.ToLowerInvariant() switch
        {
            Auto => null,
            Combined => new LogLineParser(Combined),
            Common => new LogLineParser(Common),
            VhostCombined => new VhostCombinedFormat(),
            Json => new JsonFormat(),
            W3c => new W3cFormat(),
            Alb => new AlbFormat(),
            _ => throw new LogFormatException(Unknown(trimmed)),
        };
    }

    /// <summary>What is wrong with <paramref name="format"/>, or null when it compiles.</summary>
    public static string? Problem(string format)
    {
        try
        {
            Compile(format);
            return null;
        }
        catch (LogFormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>
    /// The format <c>auto</c> chooses from a log's first non-blank line (SEMANTICS): '{' json; '#'
    /// w3c; an ALB request type and an ISO time alb; four fields before " [", the first ending in
    /// ":digits", vhost_combined; otherwise combined.
    /// </summary>
    public static ILogFormat Detect(ReadOnlySpan<byte> line)
    {
        line = line.TrimStart(" \t"u8);
        if (line.StartsWith("{"u8))
        {
            return new JsonFormat();
        }

        if (line.StartsWith("#"u8))
        {
            return new W3cFormat();
        }

        if (IsAlb(line))
        {
            return new AlbFormat();
        }

        return IsVhostCombined(line) ? new VhostCombinedFormat() : new LogLineParser(Combined);
    }

    private static bool IsAlb(ReadOnlySpan<byte> line)
    {
        int typeEnd = line.IndexOf((byte)' ');
        if (typeEnd <= 0)
        {
            return false;
        }

        var type = line[..typeEnd];
        bool known = false;
        foreach (byte[] t in AlbTypes)
        {
            known |= type.SequenceEqual(t);
        }

        if (!known)
        {
            return false;
        }

        var rest = line[(typeEnd + 1)..];
        int timeEnd = rest.IndexOf((byte)' ');
        return IsoTimestamp.TryParse(timeEnd < 0 ? rest : rest[..timeEnd], out _);
    }

    /// <summary>Exactly four fields before the first " [", the first ending in ":digits".</summary>
    private static bool IsVhostCombined(ReadOnlySpan<byte> line)
    {
        int open = line.IndexOf(" ["u8);
        if (open < 0 || line[..open].Count((byte)' ') != 3)
        {
            return false;
        }

        var first = line[..line.IndexOf((byte)' ')];
        return VhostCombinedFormat.WithoutPort(first).Length < first.Length;
    }

    private static string Unknown(string format)
    {
        string hint = format.Contains('$', StringComparison.Ordinal) ? "; it looks like an nginx log_format: write nginx: before it"
            : format.Contains('%', StringComparison.Ordinal) ? "; it looks like an Apache LogFormat: write apache: before it"
            : "";
        return $"unknown log format \"{format}\": use {Choices} (docs/formats.md){hint}";
    }
}
