using System.Text;

namespace Blog.Site.Outputs.Files;

/// <summary>
/// What a generated file holds: its text, or its bytes when it was written in UTF-8 to begin with. The search index is
/// written by a UTF-8 JSON writer, ~10 MB at 10,000 posts: as text it was decoded into a string twice its size only to
/// be encoded again as it was written, and those large arrays cost the build a full collection.
/// </summary>
public readonly struct FileContent
{
    private readonly string? _text;
    private readonly ReadOnlyMemory<byte> _utf8;

    private FileContent(string? text, ReadOnlyMemory<byte> utf8) => (_text, _utf8) = (text, utf8);

    public static implicit operator FileContent(string text) => new(text, default);

    /// <summary>Bytes that are UTF-8 text (no byte order mark).</summary>
    public static FileContent Utf8(ReadOnlyMemory<byte> bytes) => new(null, bytes);

    /// <summary>Whether the content was given as UTF-8 bytes (<see cref="Utf8Bytes"/>) rather than as text.</summary>
    public bool IsUtf8 => _text is null;

    /// <summary>The bytes as they were given (<see cref="IsUtf8"/>); empty when the content is text.</summary>
    public ReadOnlyMemory<byte> Utf8Bytes => _utf8;

    /// <summary>The content as text (bytes decoded).</summary>
    public string Text => _text ?? Encoding.UTF8.GetString(_utf8.Span);

    public override string ToString() => Text;
}
