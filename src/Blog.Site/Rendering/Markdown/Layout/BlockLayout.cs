using Blog.Site.Rendering.Markdown.Attributes;
using Blog.Site.Rendering.Markdown.HtmlBlocks;
using Blog.Site.Rendering.Markdown.Lists;
using Blog.Site.Rendering.Markdown.Math;
using Markdig.Extensions.DefinitionLists;
using Markdig.Extensions.Footnotes;
using Markdig.Extensions.Tables;
using Markdig.Renderers;
using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown.Layout;

/// <summary>
/// Where kramdown puts a block element's start tag: on a line of its own, after a blank line where the source had one
/// (kramdown keeps blank lines as elements and writes each as a line break), indented by two spaces for each element it
/// is inside (a list, a list item, a quote, a definition list and its definitions, the footnotes' div, list and item, an
/// HTML element with Markdown inside). Browsers show none of this, but templates do: <c>strip_html | truncate: 200</c>
/// counts those characters, and <c>strip_newlines</c> keeps the spaces that stand between list items and table cells.
/// </summary>
internal static class BlockLayout
{
    private const string BlankBeforeKey = "kramdown-blank-before";
    private const string BlankAfterKey = "kramdown-blank-after";

    /// <summary>Whether a block writes an element of its own (blocks such as link definitions and IALs write nothing).</summary>
    public static bool Writes(Block block) => block is ParagraphBlock or HeadingBlock or CodeBlock or HtmlBlock or ThematicBreakBlock or QuoteBlock
        or ListBlock or Table or DefinitionList or TocBlock or MathBlock or MarkdownHtmlBlock or MarkdownSpanBlock or FootnoteGroup or ExtensionBlock { Name: not "options" };

    /// <summary>How many levels of indentation a container adds to the blocks inside it, as kramdown's converter indents them.</summary>
    private static int Levels(ContainerBlock container) => container switch
    {
        ListBlock or ListItemBlock or QuoteBlock or DefinitionList or DefinitionItem or Footnote or MarkdownHtmlBlock => 1,
        FootnoteGroup => 2, // its div and its list
        _ => 0,
    };

    /// <summary>The indentation of a block's start tag: two spaces for each element kramdown writes it inside.</summary>
    public static int Depth(Block block)
    {
        var depth = 0;
        for (var parent = block.Parent; parent is not null; parent = parent.Parent) depth += Levels(parent);
        return depth;
    }

    /// <summary>Writes <paramref name="depth"/> levels of indentation (two spaces each) at the start of a line.</summary>
    public static HtmlRenderer Indent(HtmlRenderer renderer, int depth)
    {
        // Straight to the writer: Markdig's own Write would then no longer be at a line's start, and a renderer's
        // EnsureLine would end the line of spaces.
        for (var i = 0; i < depth; i++) renderer.Writer.Write("  ");
        return renderer;
    }

    /// <summary>
    /// Before a block element is written: ends the line, writes the blank line the source had before it and indents it.
    /// A paragraph written without its tags (a list item's or definition's bare text, a table cell) stays where it is.
    /// </summary>
    public static void Start(HtmlRenderer renderer, Block block)
    {
        if (!Writes(block) || IsBare(renderer, block)) return;
        renderer.EnsureLine();
        if (block.GetData(BlankBeforeKey) is true) renderer.Writer.Write('\n');
        // kramdown writes a bare formula and {::nomarkdown} where they are, without indentation.
        var unindented = block is MathBlock math ? !MathBlockRenderer.IsWrapped(math) : block is ExtensionBlock { Name: "nomarkdown" };
        if (!unindented) Indent(renderer, Depth(block));
    }

    /// <summary>After a container's blocks: the blank line the source had after the last of them, where kramdown writes it (the document, a quote).</summary>
    public static void End(HtmlRenderer renderer, ContainerBlock container)
    {
        if (container.GetData(BlankAfterKey) is not true) return;
        renderer.EnsureLine();
        renderer.Writer.Write('\n');
    }

    private static bool IsBare(HtmlRenderer renderer, Block block) =>
        block is ParagraphBlock paragraph && (paragraph.Parent is ListItemBlock or DefinitionItem ? KramdownLists.IsBare(paragraph) : renderer.ImplicitParagraph);

    /// <summary>
    /// Marks the blank lines kramdown writes: before a block of the document, a quote, a list item, a definition, a
    /// footnote or an HTML element with Markdown inside when a blank line comes between it and the block before (or the
    /// container's start); after the last block of the document or a quote when a blank line follows it. Blank lines
    /// between list items, and at the end of an item, are the list's and are not written.
    /// </summary>
    public static void Apply(MarkdownDocument document, string source)
    {
        var lines = new LineIndex(source);
        // The document's last line, not counting the empty one after a final line break.
        var lastLine = lines.LineOf(System.Math.Max(0, source.Length - (source.EndsWith('\n') ? 1 : 0)));
        Mark(document, -1, lastLine, lines);
        foreach (var container in document.Descendants<ContainerBlock>())
        {
            switch (container)
            {
                case QuoteBlock quote:
                    Mark(quote, quote.Line - 1, lines.LineOf(System.Math.Max(quote.Span.Start, quote.Span.End)), lines);
                    break;
                case ListItemBlock or DefinitionItem or Footnote or MarkdownHtmlBlock:
                    Mark(container, container.Line, -1, lines);
                    break;
            }
        }
    }

    /// <param name="start">The line before the container's first block may start.</param>
    /// <param name="end">The container's last line, when a blank line at its end is written; -1 when it is not.</param>
    private static void Mark(ContainerBlock container, int start, int end, LineIndex lines)
    {
        var previous = start;
        foreach (var block in container)
        {
            if (!Writes(block) || block is FootnoteGroup || block.Span.IsEmpty) continue;
            if (AnyBlank(lines, previous + 1, block.Line - 1)) block.SetData(BlankBeforeKey, true);
            previous = System.Math.Max(previous, EndLine(block, lines));
        }
        if (end < 0 || !AnyBlank(lines, previous + 1, end)) return;
        // The document's footnotes follow its blocks, after the blank line that ends them.
        if (container.LastChild is FootnoteGroup notes) notes.SetData(BlankBeforeKey, true);
        // A quote of nothing but a blank line (">") holds that blank line.
        else container.SetData(BlankAfterKey, true);
    }

    private static bool AnyBlank(LineIndex lines, int from, int to)
    {
        for (var line = from; line <= to; line++)
            if (lines.IsBlank(line)) return true;
        return false;
    }

    /// <summary>The line a block's content ends on: a container's is its last block's (its own span may take in the blank lines after it).</summary>
    private static int EndLine(Block block, LineIndex lines)
    {
        while (block is ContainerBlock { LastChild: { } child } && !child.Span.IsEmpty) block = child;
        return lines.LineOf(System.Math.Max(block.Span.Start, block.Span.End));
    }
}
