using Markdig;
using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Footnotes;

/// <summary>
/// Footnotes as kramdown writes them: markers <c>sup#fnref:name &gt; a.footnote</c> (repeats <c>fnref:name:1</c>...),
/// notes in <c>div.footnotes &gt; ol &gt; li#fn:name</c> with no <c>&lt;hr&gt;</c>, and back links
/// <c>a.reversefootnote</c> (<c>↩</c>, then <c>↩²</c>... for repeats) at the end of the note's last paragraph.
/// Ids use the footnote's name, not its number.
/// </summary>
internal sealed class KramdownFootnotes : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is not HtmlRenderer html) return;
        html.ObjectRenderers.Replace<HtmlFootnoteGroupRenderer>(new GroupRenderer());
        html.ObjectRenderers.Replace<HtmlFootnoteLinkRenderer>(new LinkRenderer());
    }

    internal static string Name(Footnote footnote) => (footnote.Label ?? footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).TrimStart('^');

    private sealed class GroupRenderer : HtmlObjectRenderer<FootnoteGroup>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteGroup group)
        {
            // kramdown lists only referenced notes, and writes nothing when there are none (an excerpt cut before its reference).
            var notes = group.OfType<Footnote>().Where(f => f.Links.Any(l => !l.IsBackLink && InDocument(l))).ToList();
            if (notes.Count == 0) return;
            renderer.EnsureLine();
            renderer.WriteLine("<div class=\"footnotes\" role=\"doc-endnotes\">");
            renderer.WriteLine("  <ol>");
            foreach (var footnote in notes)
            {
                renderer.Write("    <li id=\"fn:").WriteEscape(Name(footnote)).WriteLine("\" role=\"doc-endnote\">");
                renderer.WriteChildren(footnote);
                renderer.EnsureLine();
                renderer.WriteLine("    </li>");
            }
            renderer.WriteLine("  </ol>");
            renderer.WriteLine("</div>");
        }
    }

    /// <summary>Whether a reference is still in the document: a <c>{:toc}</c> list it was in has been replaced.</summary>
    private static bool InDocument(FootnoteLink link)
    {
        Markdig.Syntax.Inlines.ContainerInline? container = link.Parent;
        while (container?.Parent is { } parent) container = parent;
        Block? block = container?.ParentBlock;
        while (block?.Parent is { } parent) block = parent;
        return block is MarkdownDocument;
    }

    private sealed class LinkRenderer : HtmlObjectRenderer<FootnoteLink>
    {
        protected override void Write(HtmlRenderer renderer, FootnoteLink link)
        {
            // Inside an image's alt text (written as text, without markup) a reference is its number: its markup would end the attribute.
            if (!renderer.EnableHtmlForInline)
            {
                if (!link.IsBackLink) renderer.Write(link.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture));
                return;
            }
            var name = Name(link.Footnote);
            var repeat = Repeat(link);
            var id = repeat == 0 ? name : $"{name}:{repeat}";
            if (link.IsBackLink)
            {
                renderer.Write("\u00A0<a href=\"#fnref:").WriteEscape(id).Write("\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;");
                if (repeat > 0) renderer.Write("<sup>").Write((repeat + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</sup>");
                renderer.Write("</a>");
                return;
            }
            renderer.Write("<sup id=\"fnref:").WriteEscape(id).Write("\" role=\"doc-noteref\"><a href=\"#fn:").WriteEscape(name)
                    .Write("\" class=\"footnote\" rel=\"footnote\">")
                    .Write(link.Footnote.Order.ToString(System.Globalization.CultureInfo.InvariantCulture)).Write("</a></sup>");
        }

        /// <summary>Which reference to its footnote this is: 0 for the first, 1 for the second...</summary>
        private static int Repeat(FootnoteLink link)
        {
            var references = link.Footnote.Links;
            for (var i = 0; i < references.Count; i++)
                if (references[i].Index == link.Index) return i;
            return 0;
        }
    }
}
