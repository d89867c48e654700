using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Attributes;

/// <summary>A block IAL line, <c>{: .class #id key="v"}</c>; applied to a neighbour and removed by <see cref="AttributePass"/>.</summary>
internal sealed class IalBlock(BlockParser parser, string attributes) : LeafBlock(parser)
{
    public string Attributes { get; } = attributes;
}

/// <summary>An attribute list definition, <c>{:name: .class}</c>, referred to by name from IALs.</summary>
internal sealed class AldBlock(BlockParser parser, string name, string attributes) : LeafBlock(parser)
{
    public string Name { get; } = name;

    public string Attributes { get; } = attributes;
}

/// <summary>A block extension: <c>{::comment}</c> (an HTML comment), <c>{::nomarkdown}</c> (raw), <c>{::options /}</c> (nothing).</summary>
internal sealed class ExtensionBlock(BlockParser parser, string name, string body, int stopEnd) : LeafBlock(parser)
{
    public string Name { get; } = name;

    public string Body { get; } = body;

    public int StopEnd { get; } = stopEnd;
}

/// <summary>
/// Lines starting with <c>{:</c>: ALDs, block IALs and block extensions, as kramdown's <c>ALD_START</c>,
/// <c>IAL_BLOCK_START</c> and <c>EXT_BLOCK_START</c> read them. Each must fill its line; an extension without
/// its end tag is left as text. They interrupt paragraphs, as in kramdown.
/// </summary>
internal sealed class AttributeBlockParser : BlockParser
{
    public AttributeBlockParser() => OpeningCharacters = ['{'];

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var text = line.AsSpan();
        if (!text.StartsWith("{:")) return BlockState.None;
        var close = CloseBrace(text);
        if (close < 0) return BlockState.None;
        var inner = text[2..close].ToString();
        var rest = text[(close + 1)..];
        var restBlank = rest.IsWhiteSpace();

        if (inner.StartsWith(':')) return OpenExtension(processor, inner[1..], line, close);
        if (!restBlank) return BlockState.None;
        if (inner.StartsWith('/')) return BlockState.None;

        var aldNameLength = AldNameLength(inner);
        Block block = aldNameLength > 0 && aldNameLength < inner.Length && inner[aldNameLength] == ':'
            ? new AldBlock(this, inner[..aldNameLength], inner[(aldNameLength + 1)..])
            : new IalBlock(this, inner);
        block.Column = processor.Column;
        block.Span = new SourceSpan(line.Start, line.End);
        processor.NewBlocks.Push(block);
        return BlockState.BreakDiscard;
    }

    private BlockState OpenExtension(BlockProcessor processor, string header, StringSlice line, int close)
    {
        var nameLength = AldNameLength(header);
        if (nameLength == 0) return BlockState.None;
        var name = header[..nameLength];
        if (name is not ("comment" or "nomarkdown" or "options")) return BlockState.None;
        var source = line.Text;
        var bodyStart = line.Start + close + 1;
        ExtensionBlock block;
        if (header.TrimEnd().EndsWith('/'))
        {
            block = new ExtensionBlock(this, name, "", bodyStart);
        }
        else
        {
            var (stop, stopLength) = FindStop(source, bodyStart, name, MissingEnds.Of(processor.Document));
            if (stop < 0) return BlockState.None;
            block = new ExtensionBlock(this, name, source[bodyStart..stop].Trim('\n', '\r'), stop + stopLength);
        }
        block.Column = processor.Column;
        block.Span = new SourceSpan(line.Start, System.Math.Max(line.End, block.StopEnd - 1));
        processor.NewBlocks.Push(block);
        return block.StopEnd - 1 <= line.End ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var extension = (ExtensionBlock)block;
        return extension.StopEnd - 1 <= processor.Line.End ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    /// <summary>
    /// kramdown ends an extension at <c>{:/name}</c> or <c>{:/}</c>. A failed search is remembered in the
    /// document (<see cref="MissingEnds"/>), so many unclosed extensions cost one search, not one each.
    /// </summary>
    internal static (int Index, int Length) FindStop(string source, int from, string name, MissingEnds missing)
    {
        if (missing.KnownAbsent("{:/" + name, from, source)) return (-1, 0);
        var found = FindStop(source, from, name);
        if (found.Index < 0) missing.Record("{:/" + name, from);
        return found;
    }

    private static (int Index, int Length) FindStop(string source, int from, string name)
    {
        var named = source.IndexOf("{:/" + name + "}", from, StringComparison.Ordinal);
        var bare = source.IndexOf("{:/}", from, StringComparison.Ordinal);
        if (named < 0 && bare < 0) return (-1, 0);
        if (bare < 0 || (named >= 0 && named < bare)) return (named, name.Length + 4);
        return (bare, 4);
    }

    /// <summary>
    /// The closing brace on the same line, skipping kramdown's escaped <c>\}</c>; attribute lists longer than
    /// <see cref="MaxListLength"/> are not read, so a long line of <c>{:</c> is not searched again from each one.
    /// </summary>
    internal static int CloseBrace(ReadOnlySpan<char> text)
    {
        var end = System.Math.Min(text.Length, MaxListLength);
        for (var i = 2; i < end; i++)
        {
            if (text[i] == '\\' && i + 1 < text.Length && text[i + 1] == '}') { i++; continue; }
            if (text[i] == '}') return i;
            if (text[i] == '\n') return -1;
        }
        return -1;
    }

    internal const int MaxListLength = 4096;

    /// <summary>Length of kramdown's <c>ALD_ID_NAME</c> (<c>\w[\w-]*</c>) at the start.</summary>
    internal static int AldNameLength(string text)
    {
        if (text.Length == 0 || !IsWord(text[0])) return 0;
        var i = 1;
        while (i < text.Length && (IsWord(text[i]) || text[i] == '-')) i++;
        return i;
    }

    private static bool IsWord(char c) => char.IsLetterOrDigit(c) || c == '_';
}
