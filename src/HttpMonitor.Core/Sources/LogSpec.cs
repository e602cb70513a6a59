namespace HttpMonitor.Core.Sources;

/// <summary>
/// One <c>--log</c> (or <c>logPath</c> item): a file, a glob (<c>*</c> and <c>?</c> in the file name),
/// or <c>-</c> for standard input; <c>NAME=PATH</c> gives the file's lines the vhost NAME when their
/// format gives none. A path whose part before '=' holds a '/' is a path (<c>./a=b.log</c>).
/// </summary>
public sealed record LogSpec(string Path, string? Vhost = null)
{
    public const string StandardInput = "-";

    public bool IsStandardInput => Path == StandardInput;

    public bool IsGlob => LogGlob.IsPattern(Path);

    public static LogSpec Parse(string text)
    {
        int equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals > 0 && equals < text.Length - 1 && text.AsSpan(0, equals).IndexOfAny('/', '*', '?') < 0)
        {
            return new LogSpec(text[(equals + 1)..], text[..equals]);
        }

        return new LogSpec(text);
    }

    public override string ToString() => Vhost is null ? Path : $"{Vhost}={Path}";
}
