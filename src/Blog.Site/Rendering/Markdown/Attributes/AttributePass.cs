using System.Text.RegularExpressions;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Attributes;

/// <summary>
/// Applies kramdown's attribute lists after parsing. A block IAL right under a block (no blank line between)
/// belongs to that block, otherwise to the next one; IALs in a row share their target. ALDs are found first,
/// anywhere in the document, as kramdown resolves references at the end. A span IAL belongs to the element
/// before it; after plain text it stays text. <c>{#id}</c> at the end of a heading sets its id. Returns the
/// lists marked <c>{:toc}</c>, to be replaced by the table of contents once heading ids are known.
/// </summary>
internal static partial class AttributePass
{
    [GeneratedRegex(@"[\t ]\{#([A-Za-z][\w:-]*)\}$")]
    private static partial Regex HeadingId();

    public static List<ListBlock> Apply(MarkdownDocument document, string source)
    {
        var tocLists = new List<ListBlock>();
        var definitions = new Dictionary<string, List<AttributeList.Entry>>(StringComparer.Ordinal);
        var alds = document.Descendants<AldBlock>().ToList();
        foreach (var ald in alds)
        {
            definitions[ald.Name] = AttributeList.Parse(ald.Attributes);
            ald.Parent?.Remove(ald);
        }

        var ials = document.Descendants<IalBlock>().ToList();
        if (ials.Count > 0)
        {
            var lines = new LineIndex(source);
            var targets = new Dictionary<IalBlock, Block?>();
            foreach (var ial in ials) targets[ial] = Target(ial, targets, lines);
            foreach (var ial in ials)
            {
                var entries = AttributeList.Parse(ial.Attributes);
                if (targets[ial] is { } target)
                {
                    AttributeList.ApplyTo(target.GetAttributes(), entries, definitions);
                    if (target is ListBlock list && entries.Any(e => e is { Kind: AttributeList.Kind.Reference, Name: "toc" }) && !tocLists.Contains(list))
                        tocLists.Add(list);
                }
            }
            foreach (var ial in ials) ial.Parent?.Remove(ial);
        }

        foreach (var ial in document.Descendants<IalInline>().ToList())
        {
            var previous = ial.PreviousSibling;
            if (previous is null or LiteralInline)
            {
                ial.ReplaceBy(new LiteralInline(ial.Source) { Span = ial.Span });
                continue;
            }
            AttributeList.ApplyTo(previous.GetAttributes(), AttributeList.Parse(ial.Attributes), definitions);
            ial.Remove();
        }

        foreach (var heading in document.Descendants<HeadingBlock>()) ApplyHeadingId(heading);
        return tocLists;
    }

    private static Block? Target(IalBlock ial, Dictionary<IalBlock, Block?> targets, LineIndex lines)
    {
        var parent = ial.Parent!;
        var index = parent.IndexOf(ial);
        if (index > 0)
        {
            var previous = parent[index - 1];
            if (lines.LineOf(previous.Span.End) >= lines.LineOf(ial.Span.Start) - 1)
            {
                if (previous is IalBlock earlier) return targets.GetValueOrDefault(earlier);
                if (previous is not (AldBlock or ExtensionBlock)) return previous;
            }
        }
        for (var i = index + 1; i < parent.Count; i++)
            if (parent[i] is not (IalBlock or AldBlock)) return parent[i];
        return null;
    }

    private static void ApplyHeadingId(HeadingBlock heading)
    {
        if (heading.Inline?.LastChild is not LiteralInline last) return;
        var text = last.Content.ToString();
        var match = HeadingId().Match(text);
        if (!match.Success) return;
        heading.GetAttributes().Id = match.Groups[1].Value;
        // kramdown removes the id first, then an ATX heading's closing hashes.
        var rest = text[..match.Index].TrimEnd();
        var hashes = rest.TrimEnd('#');
        if (hashes.Length < rest.Length && hashes.Length > 0 && hashes[^1] is ' ' or '\t') rest = hashes.TrimEnd();
        last.Content = new Markdig.Helpers.StringSlice(rest);
    }
}
