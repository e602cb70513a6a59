using System.Runtime.CompilerServices;

namespace HttpMonitor.Core.Parsing.Templates;

/// <summary>The values one line gave the fields of a format string, as slices of the line, before they are read.</summary>
internal ref struct TemplateValues
{
    public ReadOnlySpan<byte> Client;
    public ReadOnlySpan<byte> Time;
    public ReadOnlySpan<byte> Target;
    public ReadOnlySpan<byte> Status;
    public ReadOnlySpan<byte> Bytes;
    public ReadOnlySpan<byte> Duration;
    public ReadOnlySpan<byte> Vhost;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Set(FieldKind kind, ReadOnlySpan<byte> value)
    {
        switch (kind)
        {
            case FieldKind.Client:
                Client = value;
                break;
            case FieldKind.Time:
                Time = value;
                break;
            case FieldKind.Request or FieldKind.Target:
                Target = value;
                break;
            case FieldKind.Status:
                Status = value;
                break;
            case FieldKind.Bytes:
                Bytes = value;
                break;
            case FieldKind.Duration:
                Duration = value;
                break;
            case FieldKind.Vhost:
                Vhost = value;
                break;
        }
    }
}
