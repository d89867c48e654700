using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.HtmlBlocks;

/// <summary>
/// HTML blocks as kramdown reads them (Jekyll's <c>parse_block_html: false</c>): a line starting with a tag that is
/// not a span element opens a raw block that runs to the matching end tag, across blank lines and indented lines
/// (a <c>&lt;ul&gt;</c> filled by a Liquid loop stays HTML instead of becoming a code block); without an end tag it
/// runs to the end of the document, as in kramdown. Comments run to <c>--&gt;</c>, and do not end a paragraph. CommonMark's rule (a block ends
/// at a blank line) is not used.
/// </summary>
internal sealed class KramdownHtmlBlockParser : BlockParser
{
    // kramdown's HTML_SPAN_ELEMENTS: at the start of a line these begin a paragraph, not a block.
    private static readonly HashSet<string> SpanElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "abbr", "acronym", "b", "big", "bdo", "br", "button", "cite", "code", "del", "dfn", "em", "i", "img",
        "input", "ins", "kbd", "label", "mark", "option", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "samp",
        "select", "small", "span", "strong", "sub", "sup", "tt", "u", "var",
    };

    public KramdownHtmlBlockParser() => OpeningCharacters = ['<'];

    /// <summary>
    /// A comment on the line after a paragraph's is part of the paragraph, as in kramdown, whose paragraphs end at a block
    /// element's tag but not at a comment (CommonMark ends them at both): <c>&lt;!--more--&gt;</c> right under a line of
    /// text stays inside its paragraph.
    /// </summary>
    public override bool CanInterrupt(BlockProcessor processor, Block block) =>
        block is not ParagraphBlock || !processor.Line.AsSpan().StartsWith("<!--");

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var text = processor.Line.AsSpan();
        var start = processor.Start;
        if (text.StartsWith("<!--"))
        {
            // Text after a comment closed on its line is a paragraph's (LeadingComments moves the comment out of it).
            if (text[4..].IndexOf("-->") is >= 0 and var close && !text[(close + 7)..].IsWhiteSpace()) return BlockState.None;
            var comment = new KramdownHtmlBlock(this, name: null) { Column = processor.Column, Span = new SourceSpan(start, processor.Line.End) };
            processor.NewBlocks.Push(comment);
            return text[4..].IndexOf("-->") >= 0 ? BlockState.Break : BlockState.Continue;
        }

        if (text.StartsWith("</") && OpenElements(processor) is { Count: > 0 } open && open.Peek() is var (outer, depth)
            && text[2..].StartsWith(outer, StringComparison.OrdinalIgnoreCase) && TagNameLength(text[2..]) == outer.Length)
        {
            // The end of an element whose Markdown child came before: raw again, as the element's start was.
            open.Pop();
            var resumed = new KramdownHtmlBlock(this, outer, depth) { Column = processor.Column, Span = new SourceSpan(start, processor.Line.End) };
            processor.NewBlocks.Push(resumed);
            resumed.Track(text);
            return resumed.Depth <= 0 ? BlockState.Break : BlockState.Continue;
        }

        var nameLength = TagNameLength(text[1..]);
        if (nameLength == 0) return BlockState.None;
        var name = text.Slice(1, nameLength).ToString();
        if (SpanElements.Contains(name)) return BlockState.None;
        var afterName = text[(1 + nameLength)..];
        if (!(afterName.IsEmpty || afterName[0] is ' ' or '\t' or '>' or '\n' or '\r' || afterName.StartsWith("/>"))) return BlockState.None;

        if (!HtmlSpans.KramdownVoidTags.WithoutBody.Contains(name) && MarkdownInside.OpenSpan(text, name) is var (spanTag, contentStart))
        {
            var span = new MarkdownSpanBlock(this, name, spanTag) { Column = processor.Column, Span = new SourceSpan(start, processor.Line.End) };
            processor.NewBlocks.Push(span);
            processor.Line.Start += contentStart;
            return span.TakeLine(ref processor.Line) ? BlockState.Break : BlockState.Continue;
        }

        if (!HtmlSpans.KramdownVoidTags.WithoutBody.Contains(name) && MarkdownInside.Open(text, name) is { } openTag && MarkdownDepth(processor) < MaxMarkdownDepth)
        {
            var container = new MarkdownHtmlBlock(this, name, openTag) { Column = processor.Column, Span = new SourceSpan(start, processor.Line.End) };
            container.Track(text);
            processor.NewBlocks.Push(container);
            return BlockState.ContinueDiscard;
        }

        var block = new KramdownHtmlBlock(this, name) { Column = processor.Column, Span = new SourceSpan(start, processor.Line.End) };
        processor.NewBlocks.Push(block);
        if (HtmlSpans.KramdownVoidTags.WithoutBody.Contains(name)) return BlockState.Break;
        block.Track(text);
        return block.Depth <= 0 ? BlockState.Break : BlockState.Continue;
    }

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        if (block is MarkdownSpanBlock span)
        {
            span.UpdateSpanEnd(processor.Line.End);
            return span.TakeLine(ref processor.Line) ? BlockState.Break : BlockState.Continue;
        }
        if (block is MarkdownHtmlBlock container)
        {
            container.Track(processor.Line.AsSpan());
            if (container.Depth > 0) return BlockState.Continue;
            container.UpdateSpanEnd(processor.Line.End);
            return BlockState.BreakDiscard;
        }
        var html = (KramdownHtmlBlock)block;
        // kramdown reads a block element's children: a child with markdown="1" on a line of its own holds Markdown (as
        // minimal-mistakes' table of contents does). The raw element stops before it and goes on after it (Resumed).
        if (html is { Name: { } outer, Depth: > 0 } && MarkdownChild(processor) && MarkdownDepth(processor) < MaxMarkdownDepth)
        {
            html.Continued = true;
            OpenElements(processor).Push((outer, html.Depth));
            return BlockState.None;
        }
        // Raw HTML keeps its lines' indentation (Markdig has already skipped it).
        processor.GoToColumn(processor.ColumnBeforeIndent);
        var text = processor.Line.AsSpan();
        html.ExtendTo(processor.Line.End);
        if (html.Name is null) return text.IndexOf("-->") >= 0 ? BlockState.Break : BlockState.Continue;
        html.Track(text);
        return html.Depth <= 0 ? BlockState.Break : BlockState.Continue;
    }

    /// <summary>The elements left open before a Markdown child, innermost last, with their depth then: each parse's own.</summary>
    private static Stack<(string Name, int Depth)> OpenElements(BlockProcessor processor)
    {
        if (processor.Document.GetData(typeof(KramdownHtmlBlockParser)) is Stack<(string, int)> open) return open;
        var created = new Stack<(string, int)>();
        processor.Document.SetData(typeof(KramdownHtmlBlockParser), created);
        return created;
    }

    /// <summary>Whether the line starts a block element with markdown="1" and nothing after its start tag.</summary>
    private static bool MarkdownChild(BlockProcessor processor)
    {
        var line = processor.Line.AsSpan();
        if (line.IsEmpty || line[0] != '<') return false;
        var length = TagNameLength(line[1..]);
        if (length == 0) return false;
        var name = line.Slice(1, length).ToString();
        return !SpanElements.Contains(name) && !HtmlSpans.KramdownVoidTags.WithoutBody.Contains(name) && MarkdownInside.Open(line, name) is not null;
    }

    /// <summary>An element still open at the end of its container is closed there, as kramdown closes it.</summary>
    public override bool Close(BlockProcessor processor, Block block)
    {
        if (block is KramdownHtmlBlock { Name: { } name, Depth: > 0, Continued: false } html)
        {
            var end = new StringSlice("</" + name + ">");
            html.AppendLine(ref end, html.Column, html.Line + html.Lines.Count, html.Span.End, false);
        }
        return true;
    }

    // Elements with markdown="1" nest as blocks, rendered recursively; deeper ones are kept raw.
    private const int MaxMarkdownDepth = 32;

    private static int MarkdownDepth(BlockProcessor processor)
    {
        var depth = 0;
        for (Block? block = processor.CurrentContainer; block is not null; block = block.Parent)
            if (block is MarkdownHtmlBlock) depth++;
        return depth;
    }

    /// <summary>Length of an XML name at the start of <paramref name="text"/> (kramdown uses REXML's name rule).</summary>
    internal static int TagNameLength(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || !(char.IsLetter(text[0]) || text[0] is '_' or ':')) return 0;
        var i = 1;
        while (i < text.Length && (char.IsLetterOrDigit(text[i]) || text[i] is '_' or ':' or '-' or '.')) i++;
        return i;
    }
}

/// <summary>A raw HTML block; counts the open elements of its own name to find its end tag.</summary>
/// <param name="depth">The element's depth where this block starts: more than 0 where it resumes after a Markdown child.</param>
internal sealed class KramdownHtmlBlock(BlockParser parser, string? name, int depth = 0) : HtmlBlock(parser)
{
    /// <summary>The element's name; null for a comment.</summary>
    public string? Name { get; } = name;

    public int Depth => _depth.Depth;

    /// <summary>Whether the element goes on after a Markdown child (its end is not this block's to write).</summary>
    public bool Continued { get; set; }

    private readonly ElementDepth _depth = new(name ?? "", depth);

    public void Track(ReadOnlySpan<char> line) => _depth.Track(line);

    public void ExtendTo(int end) => Span = new SourceSpan(Span.Start, end);
}

/// <summary>
/// An HTML element with <c>markdown="1"</c> (or <c>"block"</c>) on a line of its own: kramdown parses its content as
/// Markdown and drops the attribute. Its children are ordinary blocks; it ends at the matching end tag.
/// </summary>
internal sealed class MarkdownHtmlBlock(BlockParser parser, string name, string openTag) : ContainerBlock(parser)
{
    public string Name { get; } = name;

    /// <summary>The start tag as written, without the <c>markdown</c> attribute.</summary>
    public string OpenTag { get; } = openTag;

    public int Depth => _depth.Depth;

    private readonly ElementDepth _depth = new(name);

    public void Track(ReadOnlySpan<char> line) => _depth.Track(line);
}

/// <summary>
/// An HTML element whose content kramdown parses as Markdown text (<c>&lt;p markdown="1"&gt;</c>,
/// <see cref="MarkdownInside"/>): a leaf of the lines between its start tag and its end tag, whose inlines Markdig parses.
/// </summary>
internal sealed class MarkdownSpanBlock : LeafBlock
{
    public MarkdownSpanBlock(BlockParser parser, string name, string openTag) : base(parser)
    {
        (Name, OpenTag) = (name, openTag);
        ProcessInlines = true;
    }

    public string Name { get; }

    /// <summary>The start tag as written, without the <c>markdown</c> attribute.</summary>
    public string OpenTag { get; }

    /// <summary>Cuts the line before the element's end tag when it has one; returns whether it had (the element ends on this line).</summary>
    public bool TakeLine(ref StringSlice line)
    {
        var text = line.AsSpan();
        for (var at = text.IndexOf("</"); at >= 0; at = text[(at + 2)..].IndexOf("</") is >= 0 and var next ? at + 2 + next : -1)
        {
            var rest = text[(at + 2)..];
            if (!rest.StartsWith(Name, StringComparison.OrdinalIgnoreCase) || !rest[Name.Length..].TrimStart().StartsWith('>')) continue;
            line.End = line.Start + at - 1;
            return true;
        }
        return false;
    }
}

/// <summary>Counts start and end tags of one element name, line by line, to find the end tag that closes the first.</summary>
internal sealed class ElementDepth(string name, int depth = 0)
{
    public int Depth { get; private set; } = depth;

    public void Track(ReadOnlySpan<char> line)
    {
        for (var i = line.IndexOf('<'); i >= 0 && i < line.Length; )
        {
            var rest = line[(i + 1)..];
            var closing = rest.StartsWith("/");
            var nameStart = closing ? rest[1..] : rest;
            if (nameStart.StartsWith(name, StringComparison.OrdinalIgnoreCase)
                && KramdownHtmlBlockParser.TagNameLength(nameStart) == name.Length)
            {
                if (closing) Depth--;
                else if (!SelfClosed(nameStart[name.Length..])) Depth++;
                if (Depth <= 0) return;
            }
            var next = rest.IndexOf('<');
            if (next < 0) break;
            i += 1 + next;
        }
    }

    private static bool SelfClosed(ReadOnlySpan<char> afterName)
    {
        var end = afterName.IndexOf('>');
        return end > 0 && afterName[end - 1] == '/';
    }
}
