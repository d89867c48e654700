using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Json;

namespace Blog.Site.Outputs.Files.Search;

/// <summary>
/// Encodes posts' texts as the index writes them (<see cref="PostJson"/>) as their pages render, and keeps them in
/// <see cref="ByteChunks"/> until the index is written. Each value is written alone, as a document of its own, by a
/// writer reset between them; the writers and their buffers are reused from post to post, so encoding a post allocates
/// nothing that is not kept.
/// </summary>
internal sealed class PostJsonEncoder
{
    private readonly ByteChunks _chunks = new();
    private readonly ConcurrentBag<(ArrayBufferWriter<byte> Buffer, Utf8JsonWriter Json)> _writers = [];

    public PostJson Encode(PostText text)
    {
        if (!_writers.TryTake(out var writer))
        {
            var created = new ArrayBufferWriter<byte>(4096);
            writer = (created, new Utf8JsonWriter(created, SearchIndexJson.Options));
        }
        var (buffer, json) = writer;
        buffer.ResetWrittenCount();
        json.Reset();
        if (text.Headings.Count > 0)
        {
            json.WriteStartArray();
            foreach (var heading in text.Headings) json.WriteStringValue(heading);
            json.WriteEndArray();
        }
        var headings = Written(json, buffer);
        json.WriteStringValue(text.Lead);
        var lead = Written(json, buffer) - headings;
        if (text.Words.Length > 0) json.WriteStringValue(text.Words);
        Written(json, buffer);
        var encoded = new PostJson(_chunks.Add(buffer.WrittenSpan), headings, lead);
        _writers.Add(writer);
        return encoded;
    }

    /// <summary>Flushes the value written into the buffer, readies the writer for the next, and returns the bytes written so far.</summary>
    private static int Written(Utf8JsonWriter json, ArrayBufferWriter<byte> buffer)
    {
        json.Flush();
        json.Reset();
        return buffer.WrittenCount;
    }
}
