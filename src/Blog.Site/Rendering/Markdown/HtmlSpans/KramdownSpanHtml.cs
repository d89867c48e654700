using System.Collections.Frozen;
using System.Text;
using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.HtmlSpans;

/// <summary>
/// HTML elements inside a paragraph's text as kramdown reads them (its <c>parse_span_html</c>, content models from its
/// HTML parser). An element whose content model is raw (<c>code</c>, <c>kbd</c>, <c>samp</c>, <c>var</c>, <c>mark</c>,
/// <c>u</c>, <c>s</c>, <c>time</c> and any element kramdown does not list as holding Markdown) keeps its content as written:
/// no emphasis or code spans, no smart quotes or dashes inside (<c>&lt;code&gt;say "hi" -- it's&lt;/code&gt;</c>), only
/// <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> that start nothing escaped. A tag of a block element (<c>div</c>, <c>iframe</c>,
/// <c>p</c>...) in the middle of a paragraph is not HTML there but text, shown as written, and so is an end tag that closes
/// no element opened before it in the paragraph. Markdig, as CommonMark,
/// parses Markdown inside every inline element and passes any tag through.
/// </summary>
/// <remarks>
/// A raw element's content is taken from the source only when it is on one line with its tags (inside a list or a quote
/// a second line would bring the container's markers with it); an element left open or closed in another element is
/// left as Markdig read it.
/// </remarks>
internal static partial class KramdownSpanHtml
{
    /// <summary>kramdown's <c>HTML_CONTENT_MODEL_SPAN</c>: elements whose content is parsed as Markdown; any other is raw.</summary>
    internal static readonly FrozenSet<string> SpanModel = FrozenSet.ToFrozenSet(
    [
        "a", "abbr", "acronym", "b", "bdo", "big", "button", "cite", "caption", "del", "dfn", "dt", "em", "h1", "h2", "h3", "h4", "h5",
        "h6", "i", "ins", "label", "legend", "optgroup", "p", "q", "rb", "rbc", "rp", "rt", "rtc", "ruby", "select", "small", "span",
        "strong", "sub", "sup", "th", "tt",
    ]);

    /// <summary>kramdown's <c>HTML_BLOCK_ELEMENTS</c>: their tags in a paragraph's text are text.</summary>
    private static readonly FrozenSet<string> BlockElements = FrozenSet.ToFrozenSet(
    [
        "address", "article", "aside", "applet", "body", "blockquote", "caption", "col", "colgroup", "dd", "div", "dl", "dt", "fieldset",
        "figcaption", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "head", "iframe", "legend",
        "menu", "li", "main", "map", "nav", "ol", "optgroup", "p", "pre", "section", "summary", "table", "tbody", "td", "th", "thead",
        "tfoot", "tr", "ul",
    ]);

    /// <summary>An opening or closing tag: group 1 the slash of a closing one, group 2 the name, group 3 the slash of a self-closing one.</summary>
    [GeneratedRegex(@"\A<(/?)([A-Za-z][A-Za-z0-9_:.-]*)(?:\s[^>]*?)?\s*(/?)>\z", RegexOptions.Singleline)]
    private static partial Regex Tag();

    /// <summary>In a tag shown as text: <c>&lt; &gt;</c>, and an <c>&amp;</c> that starts no character reference.</summary>
    [GeneratedRegex(@"[<>]|&(?!(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);)")]
    private static partial Regex TagText();

    /// <summary>In raw content: a character reference or a tag, kept as written; or one of <c>&amp; &lt; &gt;</c> that starts neither.</summary>
    [GeneratedRegex(@"&(?:[A-Za-z][A-Za-z0-9]*|#[0-9]+|#[xX][0-9A-Fa-f]+);|</?[A-Za-z][^<>]*>|<!--.*?-->|[&<>]", RegexOptions.Singleline)]
    private static partial Regex RawToken();

    /// <param name="markdown">The text the document was parsed from: a raw element's content is taken from it.</param>
    public static void Apply(MarkdownDocument document, string markdown)
    {
        // Most documents have no inline HTML: they are not walked.
        if (!markdown.Contains('<')) return;
        foreach (var leaf in document.Descendants<LeafBlock>())
            if (leaf.Inline is { } inline) Apply(inline, markdown, []);
    }

    /// <param name="open">The elements opened before, in the paragraph, and not closed yet: an end tag of none of them is text.</param>
    private static void Apply(ContainerInline container, string markdown, List<string> open)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is ContainerInline nested)
            {
                Apply(nested, markdown, open);
                continue;
            }
            if (child is not HtmlInline html || Tag().Match(html.Tag) is not { Success: true } tag) continue;
            var name = tag.Groups[2].Value.ToLowerInvariant();
            var closing = tag.Groups[1].Length > 0;
            if (closing && !BlockElements.Contains(name))
            {
                var at = open.LastIndexOf(name);
                if (at >= 0) open.RemoveRange(at, open.Count - at);
                else child = AsText(html);
                continue;
            }
            if (BlockElements.Contains(name))
            {
                child = AsText(html);
                continue;
            }
            if (KramdownVoidTags.WithoutBody.Contains(name) && KramdownVoidTags.Written(html.Tag) is { } written) html.Tag = written;
            if (tag.Groups[3].Length > 0 || KramdownVoidTags.WithoutBody.Contains(name)) continue;
            if (SpanModel.Contains(name))
            {
                open.Add(name);
                continue;
            }
            if (RawContent(html, name, markdown) is not var (end, content))
            {
                open.Add(name); // left as Markdig read it: its end tag closes it
                continue;
            }
            while (html.NextSibling != end) html.NextSibling!.Remove();
            html.InsertAfter(new HtmlInline(content));
            child = end;
        }
    }

    /// <summary>A tag shown as text: escaped as kramdown escapes text, so its quotes stay straight.</summary>
    private static HtmlInline AsText(HtmlInline html)
    {
        var text = new HtmlInline(TagText().Replace(html.Tag, Escape)) { Span = html.Span };
        html.ReplaceBy(text);
        return text;
    }

    /// <summary>The raw element's end tag among the siblings after its start, and its content from the source, escaped as kramdown writes it.</summary>
    private static (HtmlInline End, string Content)? RawContent(HtmlInline start, string name, string markdown)
    {
        var depth = 0;
        for (var sibling = start.NextSibling; sibling is not null; sibling = sibling.NextSibling)
        {
            if (sibling is not HtmlInline html || Tag().Match(html.Tag) is not { Success: true } tag
                || !tag.Groups[2].Value.Equals(name, StringComparison.OrdinalIgnoreCase) || tag.Groups[3].Length > 0) continue;
            if (tag.Groups[1].Length == 0)
            {
                depth++;
                continue;
            }
            if (depth-- > 0) continue;
            var from = start.Span.End + 1;
            var to = html.Span.Start;
            if (start.Span.IsEmpty || html.Span.IsEmpty || from > to || to > markdown.Length || markdown.AsSpan(from, to - from).Contains('\n'))
                return null;
            return (html, Escaped(markdown[from..to]));
        }
        return null;
    }

    /// <summary>kramdown's <c>escape_html(text, :text)</c> of raw content: references and tags kept, a lone <c>&amp; &lt; &gt;</c> escaped.</summary>
    private static string Escaped(string raw) => RawToken().Replace(raw, Escape);

    private static string Escape(Match token) => token.Value switch
    {
        "&" => "&amp;",
        "<" => "&lt;",
        ">" => "&gt;",
        _ => token.Value,
    };
}
