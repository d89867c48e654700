using System.Globalization;
using System.Text;
using Blog.Site.Rendering.Markdown.Math;
using Markdig.Extensions.Abbreviations;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Blog.Site.Rendering.Markdown;

/// <summary>
/// Heading ids as kramdown's GFM parser makes them (Jekyll's default <c>input: GFM</c>, <c>auto_ids</c>): from
/// the heading's text after parsing (markup dropped, entities and typographic characters as characters),
/// lowercased, every character that is not a letter, mark, digit, connector, dash, space or tab removed, spaces
/// and tabs made dashes. Non-ASCII letters stay (<c>über-café</c>); an empty id is left out; repeats get
/// <c>-1</c>, <c>-2</c>... Ids set explicitly (<c>{#id}</c>, IALs) are kept and not counted.
/// </summary>
internal static class KramdownHeadingIds
{
    /// <param name="prefix">kramdown's <c>auto_id_prefix</c>: put before each id made, after repeats are counted.</param>
    public static void Assign(MarkdownDocument document, string prefix = "")
    {
        var used = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (attributes.Id is not null) continue;
            var id = FromText(Text(heading.Inline));
            if (used.TryGetValue(id, out var count))
            {
                used[id] = ++count;
                id = $"{id}-{count}";
            }
            else
            {
                used[id] = 0;
            }
            if (id.Length > 0) attributes.Id = prefix + id;
        }
    }

    public static string FromText(string text)
    {
        var id = new StringBuilder(text.Length);
        foreach (var rune in text.ToLowerInvariant().EnumerateRunes())
        {
            if (rune.Value is ' ' or '\t') id.Append('-');
            else if (rune.Value == '-' || IsWord(rune)) id.Append(rune.ToString());
        }
        return id.ToString();
    }

    /// <summary>Ruby's <c>\p{Word}</c>: letters, marks, decimal digits, letter numbers, connector punctuation.</summary>
    private static bool IsWord(Rune rune) => Rune.GetUnicodeCategory(rune) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter or UnicodeCategory.NonSpacingMark
            or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber
            or UnicodeCategory.LetterNumber or UnicodeCategory.ConnectorPunctuation => true,
        _ => false,
    };

    /// <summary>The text kramdown keeps for an id: text, code, math, entities and autolinks' addresses; footnote markers and images add nothing.</summary>
    public static string Text(ContainerInline? container)
    {
        var text = new StringBuilder();
        Append(container, text);
        return text.ToString();
    }

    private static void Append(ContainerInline? container, StringBuilder text)
    {
        if (container is null) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case MathInline math: text.Append(math.Content); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case AbbreviationInline abbreviation: text.Append(abbreviation.Abbreviation.Label); break;
                case LineBreakInline: text.Append('\n'); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
                case LinkInline { IsImage: true }: break;
                case ContainerInline child: Append(child, text); break;
            }
        }
    }
}
