using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Paragraphs;

/// <summary>
/// Where a paragraph ends as kramdown's GFM parser has it, where CommonMark differs: a setext underline (<c>===</c>,
/// <c>---</c>) makes a heading only of a one-line paragraph, and under longer ones is text (<c>---</c> then becomes a
/// dash); a thematic break ends a paragraph only when it also reads as a list's start (<c>* * *</c>, <c>- - -</c>):
/// <c>***</c> or <c>___</c> right under a line of text is part of it.
/// </summary>
internal sealed class KramdownParagraphEnds : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        pipeline.BlockParsers.Replace<ParagraphBlockParser>(new ParagraphParser());
        pipeline.BlockParsers.Replace<ThematicBreakParser>(new ThematicBreaks());
        pipeline.BlockParsers.Replace<ListBlockParser>(new Lists());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer) { }

    private sealed class ParagraphParser : ParagraphBlockParser
    {
        public override BlockState TryContinue(BlockProcessor processor, Block block)
        {
            if (block is not ParagraphBlock { Lines.Count: > 1 } paragraph || processor.IsCodeIndent || !IsUnderline(processor.Line))
                return base.TryContinue(processor, block);
            paragraph.UpdateSpanEnd(processor.Line.End);
            return BlockState.Continue;
        }

        /// <summary>A line of '=' or of '-' only, then nothing but spaces and tabs.</summary>
        private static bool IsUnderline(StringSlice line)
        {
            var text = line.AsSpan();
            if (text.IsEmpty || text[0] is not ('=' or '-')) return false;
            return text.TrimStart(text[0]).TrimEnd(" \t\r\n").IsEmpty;
        }
    }

    /// <summary>
    /// Whether the line may start a rule or a list here: not right under a paragraph's line, unless it starts a list (a
    /// marker, then a space or a tab; or a digit, left to Markdig's rule for numbered lists), where kramdown's GFM
    /// paragraphs end.
    /// </summary>
    private static bool EndsParagraph(BlockProcessor processor) =>
        processor.CurrentBlock is not ParagraphBlock || processor.Line.AsSpan() is [('*' or '-' or '+'), (' ' or '\t'), ..] or [>= '0' and <= '9', ..];

    private sealed class ThematicBreaks : ThematicBreakParser
    {
        public override BlockState TryOpen(BlockProcessor processor) => EndsParagraph(processor) ? base.TryOpen(processor) : BlockState.None;
    }

    /// <summary>Markdig's lists, which also read a rule (<c>***</c>) where a list could start; under a paragraph only a list's start ends it.</summary>
    private sealed class Lists : ListBlockParser
    {
        public override BlockState TryOpen(BlockProcessor processor) => EndsParagraph(processor) ? base.TryOpen(processor) : BlockState.None;
    }
}
