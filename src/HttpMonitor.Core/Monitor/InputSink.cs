using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Monitor;

/// <summary>
/// One followed file's bytes as <see cref="LogInput"/>s of one source. The bytes are copied into a
/// buffer that the next chunk reuses: the clock reads them during the call that delivers them.
/// </summary>
/// <param name="origin">The source's name and vhost when the run reads several inputs; null otherwise.</param>
internal sealed class InputSink(IObserver<LogInput> inputs, int source, LogOrigin? origin = null) : IChunkSink
{
    private byte[] _buffer = [];

    public void Write(ReadOnlySpan<byte> chunk)
    {
        if (_buffer.Length < chunk.Length)
        {
            _buffer = new byte[chunk.Length];
        }

        chunk.CopyTo(_buffer);
        inputs.OnNext(new LogInput(LogInputKind.Bytes, source, new ArraySegment<byte>(_buffer, 0, chunk.Length), origin));
    }

    public void Flush() => inputs.OnNext(new LogInput(LogInputKind.EndOfSource, source, default, origin));

    public void Reset() => inputs.OnNext(new LogInput(LogInputKind.Restart, source, default, origin));
}
