using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;

namespace Blog.Site.Rendering.Markdown.HtmlBlocks;

/// <summary>kramdown's <c>markdown="1"</c> attribute on a block element: recognised here, written by <see cref="Renderer"/>.</summary>
internal static partial class MarkdownInside
{
    [GeneratedRegex("""\s+markdown\s*=\s*(["']?)(1|block)\1(?=[\s/>])""")]
    private static partial Regex MarkdownAttribute();

    /// <summary>The start tag without its <c>markdown</c> attribute, when the tag asks for Markdown and ends its line.</summary>
    public static string? Open(ReadOnlySpan<char> line, string name)
    {
        var end = line.IndexOf('>');
        if (end < 0 || !line[(end + 1)..].IsWhiteSpace()) return null;
        var tag = line[..(end + 1)].ToString();
        var match = MarkdownAttribute().Match(tag);
        return match.Success ? tag.Remove(match.Index, match.Length) : null;
    }

    internal sealed class Renderer : HtmlObjectRenderer<MarkdownHtmlBlock>
    {
        protected override void Write(HtmlRenderer renderer, MarkdownHtmlBlock block)
        {
            renderer.EnsureLine();
            renderer.WriteLine(block.OpenTag);
            renderer.WriteChildren(block);
            Layout.BlockLayout.Indent(renderer.EnsureLine(), Layout.BlockLayout.Depth(block)).Write("</").Write(block.Name).WriteLine(">");
        }
    }
}

/// <summary>Puts <see cref="KramdownHtmlBlockParser"/> in place of CommonMark's HTML block rule.</summary>
internal sealed class KramdownHtmlBlocks : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
        if (!pipeline.BlockParsers.Contains<KramdownHtmlBlockParser>())
            pipeline.BlockParsers.Replace<Markdig.Parsers.HtmlBlockParser>(new KramdownHtmlBlockParser());
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.AddIfNotAlready(new MarkdownInside.Renderer());
    }
}
