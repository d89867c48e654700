using Blog.Site.Rendering.Highlighting;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Blog.Site.Rendering.Markdown.Code;

/// <summary>
/// Puts the Rouge-style renderers in place of Markdig's code block and code span renderers, and reads fences as kramdown's
/// GFM parser does: a fence names one language (a word, its options after <c>?</c>) and nothing more; with more after
/// it (<c>```html title="x"</c>) the line is not a fence (Markdig, as CommonMark, takes the first word).
/// </summary>
internal sealed class HighlightedCodeBlocks(SyntaxHighlighter highlighter, KramdownOptions options) : Markdig.IMarkdownExtension
{
    public void Setup(Markdig.MarkdownPipelineBuilder pipeline) => pipeline.BlockParsers.Replace<FencedCodeBlockParser>(new Fences());

    public void Setup(Markdig.MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(highlighter, options));
        html.ObjectRenderers.Replace<CodeInlineRenderer>(new CodeSpanRenderer(highlighter));
    }

    /// <summary>kramdown's fences: one word of language at most, and a closing fence further on (else the lines are text).</summary>
    private sealed class Fences : FencedCodeBlockParser
    {
        public override BlockState TryOpen(BlockProcessor processor)
        {
            var line = processor.Line.AsSpan().TrimStart(" \t");
            if (line.IsEmpty || line[0] is not ('`' or '~')) return base.TryOpen(processor);
            var length = line.IndexOfAnyExcept(line[0]) is var end and >= 0 ? end : line.Length;
            var info = line[length..].Trim(" \t\r\n");
            if (info.IndexOfAny(' ', '\t') >= 0 || !ClosedLater(processor.Line, line[..length])) return BlockState.None;
            return base.TryOpen(processor);
        }

        /// <summary>Whether a later line of the source is the fence again (at least as long), after any indent or quote markers.</summary>
        private static bool ClosedLater(StringSlice line, ReadOnlySpan<char> fence)
        {
            var rest = line.Text.AsSpan(System.Math.Min(line.End + 1, line.Text.Length));
            foreach (var next in rest.EnumerateLines())
            {
                var text = next.TrimStart(" \t>");
                if (text.StartsWith(fence) && text.TrimStart(fence[0]).Trim(" \t\r").IsEmpty) return true;
            }
            return false;
        }
    }
}
