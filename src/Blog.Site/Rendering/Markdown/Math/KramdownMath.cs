using Markdig;
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
internal sealed class MathBlockParser : BlockParser
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
        if (!string.IsNullOrWhiteSpace(source[(close + 2)..lineEnd])) return BlockState.None;

        var block = new MathBlock(this, source[(open + 2)..close].Trim(), close + 2)
        {
            Column = processor.Column,
            Span = new SourceSpan(open, lineEnd - 1),
        };
        processor.NewBlocks.Push(block);
        return close <= line.End ? BlockState.BreakDiscard : BlockState.ContinueDiscard;
    }

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
        // With an IAL, kramdown's MathJax engine wraps the formula in a div carrying the attributes.
        var attributed = block.TryGetAttributes() is { } a && (a.Id is not null || a.Classes is { Count: > 0 } || a.Properties is { Count: > 0 });
        if (attributed) renderer.Write("<div").WriteAttributes(block).Write('>');
        renderer.Write("\\[").WriteEscape(block.Content).Write("\\]");
        if (attributed) renderer.Write("</div>");
        renderer.WriteLine();
    }
}

internal sealed class MathInlineRenderer : HtmlObjectRenderer<MathInline>
{
    protected override void Write(HtmlRenderer renderer, MathInline math) => renderer.Write("\\(").WriteEscape(math.Content).Write("\\)");
}
