using Markdig;
using Markdig.Extensions.DefinitionLists;
using Markdig.Parsers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Lists;

/// <summary>
/// Lists as kramdown builds them. Adjacent lists of the same kind are one list (kramdown does not start a new
/// list when the bullet character changes), ordered lists are numbered from 1 (kramdown writes no
/// <c>start</c>), and whether an item's first paragraph gets <c>&lt;p&gt;</c> is decided per item by kramdown's
/// rule instead of CommonMark's tight/loose list: the paragraph is bare unless a blank line follows it in
/// the item, and the last item of a longer list is bare only when an earlier one is. A definition's first paragraph is
/// bare unless a blank line comes before its <c>:</c> line, whatever follows it (Markdig: only a definition of one
/// paragraph is bare). A footnote's definition may follow a definition list.
/// </summary>
internal sealed class KramdownLists : IMarkdownExtension
{
    private const string BareKey = "kramdown-bare-paragraph";

    public void Setup(MarkdownPipelineBuilder pipeline) =>
        pipeline.BlockParsers.Replace<DefinitionListParser>(new DefinitionListEndParser());

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<ParagraphRenderer>(new ItemParagraphRenderer());
    }

    /// <summary>
    /// Nests a list of the other kind that follows a list item on the next line, up to its first blank line (kramdown
    /// reads such lines as part of the item, however little they are indented: <c>1. one</c> then <c>  * x</c>;
    /// CommonMark starts a new list there), then merges adjacent lists. Call before IALs are applied, as kramdown parses
    /// the merged list first.
    /// </summary>
    public static void Merge(MarkdownDocument document, string source)
    {
        foreach (var list in document.Descendants<ListBlock>().ToList())
            if (OtherKindRightBefore(list, source)?.LastChild is ListItemBlock item && ReadIntoItem(list, source) is { Count: > 0 } run)
                item.Add(run.Count == list.Count ? Detached(list) : Split(list, run));
        foreach (var list in document.Descendants<ListBlock>().ToList())
        {
            if (list.Parent is not { } parent) continue;
            var index = parent.IndexOf(list);
            if (index <= 0 || parent[index - 1] is not ListBlock previous || previous.IsOrdered != list.IsOrdered) continue;
            var items = list.ToArray();
            list.Clear();
            foreach (var item in items) previous.Add(item);
            previous.IsLoose |= list.IsLoose;
            previous.Span = new SourceSpan(previous.Span.Start, list.Span.End);
            parent.Remove(list);
        }
    }

    /// <summary>
    /// The first items of a list right under an item of a list of the other kind that kramdown reads into that item: up to
    /// the first blank line (between two items, or in one), after which kramdown's item has ended and the rest is a list
    /// of its own.
    /// </summary>
    private static List<ListItemBlock> ReadIntoItem(ListBlock list, string source)
    {
        var run = new List<ListItemBlock>();
        foreach (var child in list)
        {
            if (child is not ListItemBlock item || HasBlankLine(source, item.Span.Start, item.Span.End)) break;
            if (run.Count > 0 && HasBlankLine(source, run[^1].Span.End, item.Span.Start)) break;
            run.Add(item);
        }
        return run;
    }

    /// <summary>Whether the source from <paramref name="start"/> to <paramref name="end"/> holds a blank line.</summary>
    private static bool HasBlankLine(string source, int start, int end)
    {
        // A line of white space with a line after it; the first and last pieces are parts of lines, not lines.
        var blankBefore = false;
        var first = true;
        foreach (var line in source.AsSpan(start, System.Math.Max(0, System.Math.Min(end, source.Length) - start)).EnumerateLines())
        {
            if (blankBefore) return true;
            blankBefore = !first && line.IsWhiteSpace();
            first = false;
        }
        return false;
    }

    private static ListBlock Detached(ListBlock list)
    {
        list.Parent!.Remove(list);
        return list;
    }

    /// <summary>A list of <paramref name="run"/>, the first items of <paramref name="list"/>, taken out of it.</summary>
    private static ListBlock Split(ListBlock list, List<ListItemBlock> run)
    {
        var first = new ListBlock(list.Parser!) // a list read from the post has its parser
        {
            IsOrdered = list.IsOrdered, BulletType = list.BulletType, OrderedDelimiter = list.OrderedDelimiter,
            DefaultOrderedStart = list.DefaultOrderedStart, OrderedStart = list.OrderedStart,
            Column = list.Column, Line = list.Line, Span = new SourceSpan(run[0].Span.Start, run[^1].Span.End),
        };
        foreach (var item in run)
        {
            list.Remove(item);
            first.Add(item);
        }
        list.Line = list[0].Line;
        list.Span = new SourceSpan(list[0].Span.Start, list.Span.End);
        return first;
    }

    /// <summary>The list of the other kind that ends on the line before <paramref name="list"/> starts, or null.</summary>
    internal static ListBlock? OtherKindRightBefore(ListBlock list, string source) =>
        list.Parent is { } parent && parent.IndexOf(list) is > 0 and var index && parent[index - 1] is ListBlock before
        && before.IsOrdered != list.IsOrdered && source.AsSpan(before.Span.End, list.Span.Start - before.Span.End).Count('\n') < 2
            ? before
            : null;

    /// <summary>Marks bare first paragraphs (of list items and definitions) and drops start numbers.</summary>
    public static void Apply(MarkdownDocument document, string source)
    {
        var lines = new LineIndex(source);
        foreach (var definition in document.Descendants<DefinitionItem>())
            if (definition.FirstOrDefault(b => b is not DefinitionTerm) is ParagraphBlock paragraph)
                paragraph.SetData(BareKey, !lines.IsBlank(paragraph.Line - 1));
        foreach (var list in document.Descendants<ListBlock>())
        {
            if (list.IsOrdered) list.OrderedStart = list.DefaultOrderedStart;
            var earlierBare = false;
            for (var i = 0; i < list.Count; i++)
            {
                if (list[i] is not ListItemBlock item || item.Count == 0) continue;
                if (item[0] is not ParagraphBlock paragraph)
                {
                    earlierBare = true;
                    continue;
                }
                var isLast = i == list.Count - 1;
                var end = lines.LineOf(paragraph.Span.End);
                var nextStart = item.Count > 1 ? item[1].Line : !isLast ? list[i + 1].Line : int.MaxValue;
                var blankAfter = nextStart != int.MaxValue && nextStart > end + 1;
                var first = !blankAfter || (isLast && item.Count == 1);
                var second = !isLast || list.Count == 1 || earlierBare;
                if (first && second)
                {
                    paragraph.SetData(BareKey, true);
                    earlierBare = true;
                }
            }
        }
    }

    /// <summary>Whether kramdown writes a list item's or definition's paragraph without its tags (marked by <see cref="Apply"/>).</summary>
    public static bool IsBare(ParagraphBlock paragraph) => paragraph.GetData(BareKey) is true;

    private sealed class ItemParagraphRenderer : ParagraphRenderer
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (paragraph.Parent is not (ListItemBlock or DefinitionItem))
            {
                base.Write(renderer, paragraph);
                return;
            }
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = IsBare(paragraph);
            base.Write(renderer, paragraph);
            renderer.ImplicitParagraph = implicitParagraph;
        }
    }

    /// <summary>
    /// Markdig's definition lists, closed where their last definition ends. Markdig ends the definition but leaves its
    /// list open, so a footnote's definition right after the list (<c>[^1]: ...</c>, which Markdig reads only at the
    /// document's level) was not in the document's level and became a paragraph.
    /// </summary>
    private sealed class DefinitionListEndParser : DefinitionListParser
    {
        public override BlockState TryContinue(BlockProcessor processor, Block block)
        {
            var state = base.TryContinue(processor, block);
            if (state is BlockState.Break or BlockState.None && block.Parent is DefinitionList list) list.IsOpen = false;
            return state;
        }
    }
}
