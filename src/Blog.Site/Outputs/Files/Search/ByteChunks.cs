namespace Blog.Site.Outputs.Files.Search;

/// <summary>
/// Bytes kept until a file is written, appended into a few large arrays rather than held as a small array or string each.
/// The search index keeps every post's texts from the moment its page renders to the end of the build (~10 MB at 10,000
/// posts), and the GC copies small objects each time it promotes them, from gen0 to gen1 to gen2; an array over 85 KB is
/// allocated where it is never moved, and holds no references to trace.
/// </summary>
/// <remarks>
/// Safe to add to from the threads that render pages. The first arrays are small and each is twice the one before, up to
/// <see cref="LargestChunk"/>: a rebuild while serving that reads one post keeps a 16 KB array alive with it, not a megabyte.
/// </remarks>
internal sealed class ByteChunks
{
    private const int FirstChunk = 16 * 1024;
    private const int LargestChunk = 1024 * 1024;

    private readonly Lock _lock = new();
    private byte[] _chunk = [];
    private int _used;

    /// <summary>Keeps a copy of the bytes, and returns where.</summary>
    public ByteSlice Add(ReadOnlySpan<byte> bytes)
    {
        lock (_lock)
        {
            if (_chunk.Length - _used < bytes.Length)
            {
                _chunk = new byte[Math.Max(bytes.Length, Math.Clamp(_chunk.Length * 2, FirstChunk, LargestChunk))];
                _used = 0;
            }
            bytes.CopyTo(_chunk.AsSpan(_used));
            var slice = new ByteSlice(_chunk, _used, bytes.Length);
            _used += bytes.Length;
            return slice;
        }
    }
}

/// <summary>Bytes <see cref="ByteChunks"/> keeps: a part of one of its arrays, which is never written again.</summary>
internal readonly record struct ByteSlice(byte[] Chunk, int Offset, int Length)
{
    public ReadOnlySpan<byte> Span => Chunk.AsSpan(Offset, Length);
}
