using System.Text;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Tests.Support;

/// <summary>Records every line a source reads, as text, from any thread.</summary>
public sealed class CollectingSink : ILineSink
{
    private readonly List<string> _lines = [];
    private int _overlong;

    public int Count
    {
        get
        {
            lock (_lines)
            {
                return _lines.Count + _overlong;
            }
        }
    }

    public int Overlong
    {
        get
        {
            lock (_lines)
            {
                return _overlong;
            }
        }
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (_lines)
            {
                return [.. _lines];
            }
        }
    }

    /// <summary>The sequence numbers <see cref="Some.Line"/> put in each line, in the order read.</summary>
    public IReadOnlyList<int> Sequence => [.. Lines.Select(Some.SequenceOf)];

    public void OnLine(ReadOnlySpan<byte> line)
    {
        string text = Encoding.UTF8.GetString(line);
        lock (_lines)
        {
            _lines.Add(text);
        }
    }

    public void OnOverlongLine(ReadOnlySpan<byte> head)
    {
        lock (_lines)
        {
            _overlong++;
        }
    }
}
