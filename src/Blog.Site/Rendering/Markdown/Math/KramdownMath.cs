using System.Text.RegularExpressions;
using Blog.Site.Rendering.Markdown.Lists;
using Markdig;
using Markdig.Extensions.DefinitionLists;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Math;

/// <summary>
/// kramdown's math for MathJax (its default engine): <c>$$…$$</c> alone in a block becomes <c>\[…\]</c>, elsewhere
/// <c>\(…\)</c>; the TeX is kept as written (<c>\\</c> stays), only HTML-escaped and trimmed. An unclosed <c>$$</c>
/// is plain text.
/// </summary>
internal sealed class KramdownMath : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<MathBlockParser>()) pipeline.BlockParsers.Insert(0, new MathBlockParser());
        if (!pipeline.InlineParsers.Contains<MathInlineParser>()) pipeline.InlineParsers.Insert(0, new MathInlineParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready(new MathBlockRenderer());
        html.ObjectRenderers.AddIfNotAlready(new MathInlineRenderer());
    }
}

/// <summary>A display formula.</summary>
internal sealed class MathBlock(BlockParser parser, string content, int closeEnd) : LeafBlock(parser)
{
    public string Content { get; } = content;

    /// <summary>Source index just past the closing <c>$$</c>: the block ends on the line holding it.</summary>
    public int CloseEnd { get; } = closeEnd;
}

/// <summary>An inline formula.</summary>
internal sealed class MathInline(string content) : LeafInline
{
    public string Content { get; } = content;
}

/// <summary>
/// A block starting with <c>$$</c> after a block boundary (it cannot interrupt a paragraph), whose closing
/// <c>$$</c> ends its line: kramdown's <c>BLOCK_MATH_START</c>. Otherwise the text is left to the paragraph.
/// </summary>
internal sealed partial class MathBlockParser : BlockParser
{
    public MathBlockParser() => OpeningCharacters = ['$'];

    public override bool CanInterrupt(BlockProcessor processor, Block block) => block is not ParagraphBlock;

    public override BlockState TryOpen(BlockProcessor processor)
    {
        if (processor.IsCodeIndent) return BlockState.None;
        var line = processor.Line;
        var source = line.Text;
        var open = line.Start;
        if (open + 1 > line.End || source[open + 1] != '$') return BlockState.None;
        var missing = MissingEnds.Of(processor.Document);
        if (missing.KnownAbsent("$$", open + 2, source)) return BlockState.None;
        var close = source.IndexOf("$$", open + 2, StringComparison.Ordinal);
        if (close < 0)
        {
            missing.Record("$$", open + 2);
            return BlockState.None;
        }
        var lineEnd = source.IndexOf('\n', close);
        if (lineEnd < 0) lineEnd = source.Length;
        if (!string.IsNullOrWhiteSpace(source[(close + 2)..lineEnd]) || !EndsBlock(processor, source, lineEnd + 1)) return BlockState.None;

        var block = new MathBlock(this, source[(open + 2)..close].Trim(), close + 2)
        {
            Column = processor.Column,
            Span = new SourceSpan(open, lineEnd - 1),
        };
        processor.NewBlocks.Push(block);
        return close <= line.End ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

    /// <summary>
    /// Whether the line at <paramref name="start"/> lets the <c>$$…$$</c> before it be a block, as kramdown has it: the end,
    /// a blank line (in a quote, one of only '&gt;'), an IAL (<c>{:</c>) or an end-of-block marker (<c>^</c>); and where
    /// kramdown parses the text of a list item or a definition apart from what follows it: the next item of its list, a
    /// list nested at the item's indentation, the next definition. Before any other line, even a list's or a heading's,
    /// the <c>$$…$$</c> is inline math in a paragraph (kramdown 2.4).
    /// </summary>
    private static bool EndsBlock(BlockProcessor processor, string source, int start)
    {
        if (start >= source.Length) return true;
        var end = source.IndexOf('\n', start);
        var line = source.AsSpan(start, (end < 0 ? source.Length : end) - start).TrimEnd('\r');
        var quoted = false;
        ListItemBlock? item = null;
        var inDefinition = false;
        for (Block? container = processor.CurrentContainer; container is not null; container = container.Parent)
        {
            quoted |= container is QuoteBlock;
            item ??= container as ListItemBlock;
            inDefinition |= container is DefinitionItem;
        }
        var text = quoted ? line.TrimStart(" \t>") : line.TrimStart(" \t");
        if (text.IsEmpty || text is ['{', ':', ..] or ['^', ..]) return true;
        if (inDefinition && text is [':', ' ' or '\t', ..]) return true;
        if (item is not { Parent: ListBlock list } || ListStart().Match(text.ToString()) is not { Success: true } marker) return false;
        var indent = line.Length - line.TrimStart(' ').Length;
        var ordered = char.IsAsciiDigit(marker.Value[0]);
        // A nested list, the next item of its list, or the next item of the list its own is read into (KramdownLists.Merge);
        // a list of the other kind indented less than the item's text is read into the item's paragraph.
        return indent >= item.Column + item.ColumnWidth || ordered == list.IsOrdered || ReadIntoListBefore(list, source);
    }

    /// <summary>
    /// Whether kramdown reads <paramref name="list"/> into the last item of the list of the other kind before it. In a run
    /// of such lists, each on the line after the one before, the second is read into the first, and the third then
    /// continues the first (same kind), so the fourth is read into it: every other one.
    /// </summary>
    private static bool ReadIntoListBefore(ListBlock list, string source)
    {
        var run = 0;
        for (var before = KramdownLists.OtherKindRightBefore(list, source); before is not null; before = KramdownLists.OtherKindRightBefore(before, source)) run++;
        return run % 2 == 1;
    }

    [GeneratedRegex(@"^(?:[*+-]|\d+\.)[ \t]")]
    private static partial Regex ListStart();

    public override BlockState TryContinue(BlockProcessor processor, Block block)
    {
        var math = (MathBlock)block;
        return processor.Line.Start <= math.CloseEnd - 1 && math.CloseEnd - 1 <= processor.Line.End
            ? BlockState.BreakDiscard
            : BlockState.ContinueDiscard;
    }
}

/// <summary><c>$$…$$</c> inside a paragraph (kramdown's <c>INLINE_MATH_START</c>, the shortest match).</summary>
internal sealed class MathInlineParser : InlineParser
{
    public MathInlineParser() => OpeningCharacters = ['$'];

    public override bool Match(InlineProcessor processor, ref StringSlice slice)
    {
        if (slice.PeekChar() != '$') return false;
        var text = slice.Text;
        var start = slice.Start;
        var close = text.IndexOf("$$", start + 2, slice.End - start - 1 < 0 ? 0 : slice.End - start - 1, StringComparison.Ordinal);
        if (close < 0 || close + 1 > slice.End) return false;
        processor.Inline = new MathInline(text[(start + 2)..close].Trim())
        {
            Span = new SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(close + 1)),
            Line = line,
            Column = column,
        };
        slice.Start = close + 2;
        return true;
    }
}

internal sealed class MathBlockRenderer : HtmlObjectRenderer<MathBlock>
{
    protected override void Write(HtmlRenderer renderer, MathBlock block)
    {
        renderer.EnsureLine();
        var wrapped = IsWrapped(block);
        if (wrapped) renderer.Write("<div").WriteAttributes(block).Write('>');
        renderer.Write("\\[").WriteEscape(block.Content).Write("\\]");
        // kramdown ends the formula's line inside the div, and writes the end tag at the line's start.
        if (wrapped) renderer.WriteLine().Write("</div>");
        renderer.WriteLine();
    }

    /// <summary>With an IAL, kramdown's MathJax engine wraps the formula in a div carrying the attributes (indented as any block is; the bare formula is not).</summary>
    public static bool IsWrapped(MathBlock block) =>
        block.TryGetAttributes() is { } a && (a.Id is not null || a.Classes is { Count: > 0 } || a.Properties is { Count: > 0 });
}

internal sealed class MathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math) => renderer.Write("\\(").WriteEscape(math.Content).Write("\\)");
}
