using System.Text.RegularExpressions;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.HtmlBlocks;

/// <summary>
/// kramdown's <c>markdown</c> attribute on an HTML element that starts a block: recognised here, written by
/// <see cref="Renderer"/> (block content) and <see cref="SpanRenderer"/> (span content). <c>markdown="1"</c> parses the
/// element's content as its content model is in HTML (kramdown's <c>HTML_CONTENT_MODEL</c>): blocks in a <c>div</c>,
/// text with emphasis and code in a <c>p</c> or a heading; <c>"block"</c> and <c>"span"</c> choose.
/// </summary>
internal static partial class MarkdownInside
{
    [GeneratedRegex("""\s+markdown\s*=\s*(["']?)(1|block|span)\1(?=[\s/>])""")]
    private static partial Regex MarkdownAttribute();

    /// <summary>The start tag without its <c>markdown</c> attribute, when the tag asks for blocks inside and ends its line.</summary>
    public static string? Open(ReadOnlySpan<char> line, string name)
    {
        var end = line.IndexOf('>');
        if (end < 0 || !line[(end + 1)..].IsWhiteSpace()) return null;
        return Asked(line[..(end + 1)].ToString(), name) is ({ } tag, false) ? tag : null;
    }

    /// <summary>
    /// The start tag without its <c>markdown</c> attribute and where the element's content starts in the line, when the tag
    /// asks for text inside (<c>&lt;p markdown="1"&gt;Some *em*&lt;/p&gt;</c>).
    /// </summary>
    public static (string Tag, int ContentStart)? OpenSpan(ReadOnlySpan<char> line, string name)
    {
        var end = line.IndexOf('>');
        if (end < 0) return null;
        return Asked(line[..(end + 1)].ToString(), name) is ({ } tag, true) ? (tag, end + 1) : null;
    }

    /// <summary>The tag without its <c>markdown</c> attribute, and whether the content asked for is text; no tag when none is asked for.</summary>
    private static (string? Tag, bool Span) Asked(string tag, string name)
    {
        var match = MarkdownAttribute().Match(tag);
        if (!match.Success) return (null, false);
        var value = match.Groups[2].Value;
        return (tag.Remove(match.Index, match.Length), value == "span" || (value == "1" && HtmlSpans.KramdownSpanHtml.SpanModel.Contains(name.ToLowerInvariant())));
    }

    /// <summary>An element of text with Markdown (<see cref="MarkdownSpanBlock"/>): its start tag, its text converted, its end tag.</summary>
    internal sealed class SpanRenderer : HtmlObjectRenderer<MarkdownSpanBlock>
    {
        protected override void Write(HtmlRenderer renderer, MarkdownSpanBlock block)
        {
            renderer.EnsureLine();
            renderer.Write(block.OpenTag).WriteLeafInline(block).Write("</").Write(block.Name).WriteLine(">");
        }
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
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<HtmlBlockRenderer>(new RawBlockRenderer());
        html.ObjectRenderers.AddIfNotAlready(new MarkdownInside.Renderer());
        html.ObjectRenderers.AddIfNotAlready(new MarkdownInside.SpanRenderer());
    }
}

/// <summary>
/// A raw HTML block as kramdown writes it: its text as written, but the tags of elements without a body, which kramdown's
/// HTML parser writes again (<c>&lt;br&gt;</c> as <c>&lt;br /&gt;</c>: <see cref="HtmlSpans.KramdownVoidTags"/>).
/// </summary>
internal sealed class RawBlockRenderer : HtmlObjectRenderer<HtmlBlock>
{
    protected override void Write(HtmlRenderer renderer, HtmlBlock block)
    {
        renderer.EnsureLine();
        var lines = block.Lines;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines.Lines[i].Slice;
            if (line.AsSpan().Contains('<')) renderer.Write(HtmlSpans.KramdownVoidTags.InText(line.ToString()));
            else renderer.Write(ref line);
            renderer.WriteLine();
        }
    }
}
