namespace Warden.TestMcpServer;

/// <summary>
/// Standard input that hands over its first line (the client's first JSON-RPC message) only after a delay, and
/// everything after it one second later still: a server that takes long to answer its first request.
/// </summary>
internal sealed class SlowFirstMessageStream(Stream inner, TimeSpan delay) : Stream
{
    private readonly byte[] _pending = new byte[64 * 1024];
    private int _start;
    private int _end;
    private int _firstEnd = -1;
    private bool _released;

    public override bool CanRead => true;

    public override bool CanSeek => false;

    public override bool CanWrite => false;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override async ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default)
    {
        if (_firstEnd < 0)
        {
            int newline;
            while ((newline = Array.IndexOf(_pending, (byte)'\n', _start, _end - _start)) < 0 && _end < _pending.Length)
            {
                var n = await inner.ReadAsync(_pending.AsMemory(_end), cancellationToken);
                if (n == 0)
                {
                    break;
                }

                _end += n;
            }

            _firstEnd = newline < 0 ? _end : newline + 1;
            await Task.Delay(delay, cancellationToken);
        }

        if (_start < _firstEnd)
        {
            return Take(buffer, _firstEnd);
        }

        if (!_released)
        {
            _released = true;
            await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken);
        }

        return _start < _end ? Take(buffer, _end) : await inner.ReadAsync(buffer, cancellationToken);
    }

    public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
        ReadAsync(buffer.AsMemory(offset, count), cancellationToken).AsTask();

    public override int Read(byte[] buffer, int offset, int count) => ReadAsync(buffer, offset, count).GetAwaiter().GetResult();

    public override void Flush()
    {
    }

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();

    public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    private int Take(Memory<byte> buffer, int until)
    {
        var length = Math.Min(until - _start, buffer.Length);
        _pending.AsMemory(_start, length).CopyTo(buffer);
        _start += length;
        return length;
    }
}
