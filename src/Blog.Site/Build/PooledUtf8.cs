using System.Buffers;
using System.Text;

namespace Blog.Site.Build;

/// <summary>
/// A page's text as UTF-8 (no byte order mark) in a pooled buffer, returned on dispose: a build encodes ten thousand
/// pages of tens of kilobytes each, which would otherwise be as many large allocations.
/// </summary>
internal readonly struct PooledUtf8 : IDisposable
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    private readonly byte[] _buffer;
    private readonly int _length;

    private PooledUtf8(byte[] buffer, int length) => (_buffer, _length) = (buffer, length);

    public ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

    public static PooledUtf8 Encode(string text)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(Utf8NoBom.GetMaxByteCount(text.Length));
        return new PooledUtf8(buffer, Utf8NoBom.GetBytes(text, buffer));
    }

    public void Dispose() => ArrayPool<byte>.Shared.Return(_buffer);
}
