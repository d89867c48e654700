using Blog.Site.Rendering.Highlighting;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Site.Rendering.Markdown;

/// <summary>Puts <see cref="HighlightedCodeBlockRenderer"/> in place of Markdig's code block renderer.</summary>
internal sealed class HighlightedCodeBlocks(SyntaxHighlighter highlighter) : Markdig.IMarkdownExtension
{
    public void Setup(Markdig.MarkdownPipelineBuilder pipeline) { }

    public void Setup(Markdig.MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        var plain = html.ObjectRenderers.FindExact<CodeBlockRenderer>();
        if (plain is null) return;
        html.ObjectRenderers.Replace<CodeBlockRenderer>(new HighlightedCodeBlockRenderer(highlighter, plain));
    }
}
