using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Site.Rendering.Markdown.Attributes;

/// <summary>kramdown's IALs, ALDs, extensions and <c>{:toc}</c>: parsers, and renderers for what remains after <see cref="AttributePass"/>.</summary>
internal sealed class KramdownAttributes : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<AttributeBlockParser>()) pipeline.BlockParsers.Insert(0, new AttributeBlockParser());
        if (!pipeline.InlineParsers.Contains<AttributeSpanParser>()) pipeline.InlineParsers.Insert(0, new AttributeSpanParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.AddIfNotAlready(new ExtensionBlockRenderer());
        html.ObjectRenderers.AddIfNotAlready(new ExtensionInlineRenderer());
        html.ObjectRenderers.AddIfNotAlready(new TocRenderer());
    }

    /// <summary><c>{::comment}</c> becomes an HTML comment, <c>{::nomarkdown}</c> its text as is, <c>{::options}</c> nothing.</summary>
    private sealed class ExtensionBlockRenderer : HtmlObjectRenderer<ExtensionBlock>
    {
        protected override void Write(HtmlRenderer renderer, ExtensionBlock block)
        {
            if (block.Name == "options") return;
            renderer.EnsureLine();
            if (block.Name == "comment") renderer.Write("<!-- ").Write(block.Body).WriteLine(" -->");
            else renderer.WriteLine(block.Body);
        }
    }

    private sealed class ExtensionInlineRenderer : HtmlObjectRenderer<ExtensionInline>
    {
        protected override void Write(HtmlRenderer renderer, ExtensionInline inline)
        {
            if (inline.Name == "comment") renderer.Write("<!-- ").Write(inline.Body).Write(" -->");
            else if (inline.Name == "nomarkdown") renderer.Write(inline.Body);
        }
    }
}
