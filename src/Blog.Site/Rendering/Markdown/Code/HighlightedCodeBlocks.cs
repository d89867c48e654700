using Blog.Site.Rendering.Highlighting;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Renderers.Html.Inlines;

namespace Blog.Site.Rendering.Markdown.Code;

/// <summary>Puts the Rouge-style renderers in place of Markdig's code block and code span renderers.</summary>
internal sealed class HighlightedCodeBlocks(SyntaxHighlighter highlighter) : Markdig.IMarkdownExtension
{
    public void Setup(Markdig.MarkdownPipelineBuilder pipeline) { }

    public void Setup(Markdig.MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(highlighter));
        html.ObjectRenderers.Replace<CodeInlineRenderer>(new CodeSpanRenderer(highlighter));
    }
}
