using Markdig.Helpers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.HtmlBlocks;

/// <summary>
/// A comment that starts a block with text after it on its line (<c>&lt;!-- note --&gt; Text</c>): kramdown reads the
/// comment as a block of its own and the text as a paragraph after it. Markdig has read the line as a paragraph that
/// starts with an inline comment (<see cref="KramdownHtmlBlockParser"/> leaves such a line to it), so the comment is
/// moved out in front of the paragraph.
/// </summary>
internal static class LeadingComments
{
    public static void Apply(MarkdownDocument document)
    {
        foreach (var paragraph in document.Descendants<ParagraphBlock>().ToList())
        {
            if (paragraph.Inline?.FirstChild is not HtmlInline { Tag: { } tag } comment || !tag.StartsWith("<!--", StringComparison.Ordinal)) continue;
            // A table's cell holds inline content in kramdown: its comment stays there.
            if (paragraph.Parent is not { } parent || parent is Markdig.Extensions.Tables.TableCell) continue;
            var block = new HtmlBlock(null) { Type = HtmlBlockType.Comment, Line = paragraph.Line, Column = paragraph.Column, Span = comment.Span };
            var text = new StringSlice(tag);
            block.AppendLine(ref text, paragraph.Column, paragraph.Line, comment.Span.Start, false);
            parent.Insert(parent.IndexOf(paragraph), block);
            comment.Remove();
            if (paragraph.Inline.FirstChild is LiteralInline literal) literal.Content.TrimStart();
        }
    }
}
