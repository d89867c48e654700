using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Lists;

/// <summary>
/// Lists as kramdown builds them. Adjacent lists of the same kind are one list (kramdown does not start a new
/// list when the bullet character changes), ordered lists are numbered from 1 (kramdown writes no
/// <c>start</c>), and whether an item's first paragraph gets <c>&lt;p&gt;</c> is decided per item by kramdown's
/// rule instead of CommonMark's tight/loose list: the paragraph is bare unless a blank line follows it in
/// the item, and the last item of a longer list is bare only when an earlier one is.
/// </summary>
internal sealed class KramdownLists : IMarkdownExtension
{
    private const string BareKey = "kramdown-bare-paragraph";

    public void Setup(MarkdownPipelineBuilder pipeline) { }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html) html.ObjectRenderers.Replace<ParagraphRenderer>(new ItemParagraphRenderer());
    }

    /// <summary>Merges adjacent lists; call before IALs are applied, as kramdown parses the merged list first.</summary>
    public static void Merge(MarkdownDocument document)
    {
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

    /// <summary>Marks bare first paragraphs and drops start numbers.</summary>
    public static void Apply(MarkdownDocument document, string source)
    {
        var lines = new LineIndex(source);
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

    private sealed class ItemParagraphRenderer : ParagraphRenderer
    {
        protected override void Write(HtmlRenderer renderer, ParagraphBlock paragraph)
        {
            if (paragraph.Parent is not ListItemBlock)
            {
                base.Write(renderer, paragraph);
                return;
            }
            var implicitParagraph = renderer.ImplicitParagraph;
            renderer.ImplicitParagraph = paragraph.GetData(BareKey) is true;
            base.Write(renderer, paragraph);
            renderer.ImplicitParagraph = implicitParagraph;
        }
    }
}
