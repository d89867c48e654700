using Markdig.Extensions.Footnotes;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Attributes;

/// <summary>kramdown's <c>{:toc}</c>: the list it marks, replaced by links to the document's headings.</summary>
internal sealed class TocBlock(ListBlock list, IReadOnlyList<HeadingBlock> headings) : LeafBlock(null)
{
    public bool Ordered { get; } = list.IsOrdered;

    public IReadOnlyList<HeadingBlock> Headings { get; } = headings;

    /// <summary>Replaces the first list marked <c>{:toc}</c>; kramdown ignores the mark on later lists.</summary>
    public static void Apply(MarkdownDocument document, List<ListBlock> lists)
    {
        if (lists.Count == 0) return;
        lists = lists.Take(1).ToList();
        var headings = document.Descendants<HeadingBlock>()
            .Where(h => h.TryGetAttributes() is { Id.Length: > 0 } a && a.Classes?.Contains("no_toc") != true)
            .ToList();
        foreach (var list in lists)
        {
            if (list.Parent is not { } parent) continue;
            var toc = new TocBlock(list, headings) { Span = list.Span, Line = list.Line, Column = list.Column };
            var attributes = list.GetAttributes();
            attributes.Id ??= "markdown-toc";
            toc.SetAttributes(attributes);
            parent[parent.IndexOf(list)] = toc;
        }
    }
}

/// <summary>
/// Writes the contents as kramdown's <c>generate_toc_tree</c>: a nested list by heading level, each entry
/// <c>&lt;a href="#id" id="markdown-toc-id"&gt;</c> with the heading's content, its links unwrapped and its footnote
/// markers left out.
/// </summary>
internal sealed class TocRenderer : HtmlObjectRenderer<TocBlock>
{
    private sealed record Entry(HeadingBlock Heading, List<Entry> Children);

    protected override void Write(HtmlRenderer renderer, TocBlock toc)
    {
        var tag = toc.Ordered ? "ol" : "ul";
        var prefix = toc.GetAttributes().Id ?? "markdown-toc";
        var depth = Layout.BlockLayout.Depth(toc);
        renderer.EnsureLine();
        renderer.Write('<').Write(tag).WriteAttributes(toc).WriteLine(">");
        WriteEntries(renderer, Tree(toc.Headings), tag, prefix, depth + 1);
        Layout.BlockLayout.Indent(renderer, depth).Write("</").Write(tag).WriteLine(">");
    }

    /// <summary>kramdown's stack walk: a heading nests under the nearest earlier heading of a lower level.</summary>
    private static List<Entry> Tree(IReadOnlyList<HeadingBlock> headings)
    {
        var roots = new List<Entry>();
        var stack = new Stack<Entry>();
        foreach (var heading in headings)
        {
            var entry = new Entry(heading, []);
            while (stack.Count > 0 && stack.Peek().Heading.Level >= heading.Level) stack.Pop();
            (stack.Count == 0 ? roots : stack.Peek().Children).Add(entry);
            stack.Push(entry);
        }
        return roots;
    }

    /// <param name="depth">The entries' indentation; a nested list follows its entry's link on the same line, as kramdown writes it.</param>
    private static void WriteEntries(HtmlRenderer renderer, List<Entry> entries, string tag, string prefix, int depth)
    {
        foreach (var entry in entries)
        {
            var id = entry.Heading.GetAttributes().Id!;
            Layout.BlockLayout.Indent(renderer, depth).Write("<li><a href=\"#").WriteEscape(id).Write("\" id=\"").WriteEscape(prefix).Write('-').WriteEscape(id).Write("\">");
            WriteEntry(renderer, entry.Heading.Inline);
            renderer.Write("</a>");
            if (entry.Children.Count > 0)
            {
                Layout.BlockLayout.Indent(renderer, depth + 1).Write('<').Write(tag).WriteLine(">");
                WriteEntries(renderer, entry.Children, tag, prefix, depth + 2);
                Layout.BlockLayout.Indent(renderer, depth + 1).Write("</").Write(tag).WriteLine(">");
                Layout.BlockLayout.Indent(renderer, depth);
            }
            renderer.WriteLine("</li>");
        }
    }

    private static void WriteEntry(HtmlRenderer renderer, ContainerInline? content)
    {
        if (content is null) return;
        foreach (var inline in content)
        {
            switch (inline)
            {
                case FootnoteLink: break;
                case LinkInline { IsImage: false } link: WriteEntry(renderer, link); break;
                case AutolinkInline autolink: renderer.WriteEscape(autolink.Url); break;
                default: renderer.Write(inline); break;
            }
        }
    }
}
