using Markdig;
using Markdig.Helpers;
using Markdig.Parsers;
using Markdig.Parsers.Inlines;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Links;

/// <summary>
/// Links, images and line breaks as kramdown writes them: a URL is only HTML-escaped, never percent-encoded
/// (<c>~</c>, spaces and non-ASCII stay as written), and <c>\\</c> at the end of a line is a hard break as well as
/// GFM's <c>\</c>.
/// </summary>
internal sealed class KramdownLinks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.InlineParsers.Contains<DoubleBackslashBreakParser>())
            pipeline.InlineParsers.InsertBefore<EscapeInlineParser>(new DoubleBackslashBreakParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<LinkInlineRenderer>(new LinkRenderer());
        html.ObjectRenderers.Replace<AutolinkInlineRenderer>(new AutolinkRenderer());
    }

    private sealed class LinkRenderer : HtmlObjectRenderer<LinkInline>
    {
        protected override void Write(HtmlRenderer renderer, LinkInline link)
        {
            var url = link.GetDynamicUrl?.Invoke() ?? link.Url ?? "";
            if (link.IsImage)
            {
                renderer.Write("<img src=\"").WriteEscape(url).Write("\" alt=\"");
                var html = renderer.EnableHtmlForInline;
                renderer.EnableHtmlForInline = false;
                renderer.WriteChildren(link);
                renderer.EnableHtmlForInline = html;
                renderer.Write('"');
                WriteTitle(renderer, link.Title);
                renderer.WriteAttributes(link).Write(" />");
                return;
            }
            renderer.Write("<a href=\"").WriteEscape(url).Write('"');
            WriteTitle(renderer, link.Title);
            renderer.WriteAttributes(link).Write('>');
            renderer.WriteChildren(link);
            renderer.Write("</a>");
        }

        private static void WriteTitle(HtmlRenderer renderer, string? title)
        {
            if (!string.IsNullOrEmpty(title)) renderer.Write(" title=\"").WriteEscape(title).Write('"');
        }
    }

    private sealed class AutolinkRenderer : HtmlObjectRenderer<AutolinkInline>
    {
        protected override void Write(HtmlRenderer renderer, AutolinkInline link)
        {
            var url = link.Url;
            renderer.Write("<a href=\"").Write(link.IsEmail ? "mailto:" : "").WriteEscape(url).Write('"').WriteAttributes(link).Write('>')
                    .WriteEscape(url).Write("</a>");
        }
    }

    /// <summary>kramdown's <c>LINE_BREAK</c>: two backslashes before a newline inside a paragraph.</summary>
    private sealed class DoubleBackslashBreakParser : InlineParser
    {
        public DoubleBackslashBreakParser() => OpeningCharacters = ['\\'];

        public override bool Match(InlineProcessor processor, ref StringSlice slice)
        {
            var start = slice.Start;
            if (slice.PeekCharExtra(1) != '\\' || slice.PeekCharExtra(2) != '\n') return false;
            processor.Inline = new LineBreakInline
            {
                IsHard = true,
                IsBackslash = true,
                Span = new Markdig.Syntax.SourceSpan(processor.GetSourcePosition(start, out var line, out var column), processor.GetSourcePosition(start + 2)),
                Line = line,
                Column = column,
            };
            slice.Start = start + 3;
            return true;
        }
    }
}
