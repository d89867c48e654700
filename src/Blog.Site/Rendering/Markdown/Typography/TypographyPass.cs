using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown.Typography;

/// <summary>
/// Applies <see cref="KramdownTypography"/> to each run of text. kramdown sees a paragraph's text across soft
/// line breaks as one string and looks ahead into the next element's markup, so a run joins adjacent literals
/// and soft breaks, and passes the source characters that follow it.
/// </summary>
internal static class TypographyPass
{
    private const int Lookahead = 4;

    public static void Apply(MarkdownDocument document, string source)
    {
        foreach (var leaf in document.Descendants<LeafBlock>())
            if (leaf.Inline is { } inline) ConvertTree(inline, source);
    }

    private static void ConvertTree(ContainerInline container, string source)
    {
        // kramdown keeps an image's alt text as written.
        if (container is LinkInline { IsImage: true }) return;
        SplitEscapes(container);
        ConvertRuns(container, source);
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
            if (child is ContainerInline nested) ConvertTree(nested, source);
    }

    private static void ConvertRuns(ContainerInline container, string source)
    {
        var child = container.FirstChild;
        while (child is not null)
        {
            if (!IsText(child))
            {
                child = child.NextSibling;
                continue;
            }
            var run = new List<Inline>();
            for (var c = child; c is not null && (IsText(c) || IsSoftBreakBetweenText(c)); c = c.NextSibling) run.Add(c);
            child = run[^1].NextSibling;
            ConvertRun(run, AfterHardBreak(run[0]), source);
        }
    }

    /// <summary>
    /// Markdig keeps the text after an escaped character in the escape's literal; kramdown's escape is one
    /// character and the text after it is ordinary text, so the literal is split.
    /// </summary>
    private static void SplitEscapes(ContainerInline container)
    {
        for (var child = container.FirstChild; child is not null; child = child.NextSibling)
        {
            if (child is not LiteralInline { IsFirstCharacterEscaped: true } escaped || escaped.Content.Length < 2) continue;
            var content = escaped.Content;
            var rest = new LiteralInline(content.Text.Substring(content.Start + 1, content.Length - 1))
            {
                Span = new Markdig.Syntax.SourceSpan(escaped.Span.End - content.Length + 2, escaped.Span.End),
            };
            escaped.Content = new Markdig.Helpers.StringSlice(content.Text, content.Start, content.Start);
            escaped.Span = new Markdig.Syntax.SourceSpan(escaped.Span.Start, escaped.Span.End - content.Length + 1);
            escaped.InsertAfter(rest);
        }
    }

    private static bool IsText(Inline inline) => inline is LiteralInline { IsFirstCharacterEscaped: false } literal && literal.GetType() == typeof(LiteralInline);

    private static bool IsSoftBreakBetweenText(Inline inline) =>
        inline is LineBreakInline { IsHard: false } && inline.NextSibling is { } next && IsText(next);

    private static bool AfterHardBreak(Inline first) => first.PreviousSibling is LineBreakInline { IsHard: true };

    private static void ConvertRun(List<Inline> run, bool afterHardBreak, string source)
    {
        var text = new StringBuilder();
        if (afterHardBreak) text.Append('\n');
        var breaks = afterHardBreak ? 1 : 0;
        foreach (var inline in run)
        {
            if (inline is LiteralInline literal) text.Append(literal.Content.AsSpan());
            else { text.Append('\n'); breaks++; }
        }
        var original = text.ToString();
        if (original.AsSpan().Count('\n') != breaks) return;
        var converted = KramdownTypography.Convert(original, Following(run[^1], source));
        if (ReferenceEquals(converted, original) || converted == original) return;
        var lines = converted.Split('\n');
        if (lines.Length != breaks + 1) return;

        var line = afterHardBreak ? 1 : 0;
        LiteralInline? current = null;
        foreach (var inline in run)
        {
            if (inline is LineBreakInline)
            {
                line++;
                current = null;
                continue;
            }
            var literal = (LiteralInline)inline;
            if (current is null)
            {
                literal.Content = new Markdig.Helpers.StringSlice(lines[line]);
                current = literal;
            }
            else
            {
                literal.Remove();
            }
        }
    }

    private static string Following(Inline last, string source)
    {
        var start = last.Span.End + 1;
        if (last.Span.IsEmpty || start <= 0 || start >= source.Length) return "";
        return source.Substring(start, System.Math.Min(Lookahead, source.Length - start));
    }
}
