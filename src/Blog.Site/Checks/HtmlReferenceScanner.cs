using System.Buffers;
using System.Net;

namespace Blog.Site.Checks;

/// <summary>
/// A single forward pass over HTML at the tokenizer level: tags and their attributes are read as the HTML
/// tokenizer reads them (quoted, unquoted and bare attributes, entities in values); comments, doctype and
/// the raw text of <c>script</c>, <c>style</c>, <c>textarea</c> and <c>title</c> are skipped, so a URL
/// shown in code or inside a script is never taken for a link. Text between tags is skipped with a
/// vectorised search for the next <c>&lt;</c>.
/// </summary>
public static class HtmlReferenceScanner
{
    private static readonly SearchValues<char> Space = SearchValues.Create(" \t\n\r\f");
    private static readonly SearchValues<char> SpaceOrSlash = SearchValues.Create(" \t\n\r\f/");
    private static readonly SearchValues<char> NameEnd = SearchValues.Create(" \t\n\r\f>/=");
    private static readonly SearchValues<char> UnquotedValueEnd = SearchValues.Create(" \t\n\r\f>");

    private static readonly (string Name, string EndTag)[] RawTextElements =
        [.. new[] { "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes" }.Select(n => (n, "</" + n))];

    public static IReadOnlyList<HtmlReference> Scan(string html)
    {
        var found = new List<HtmlReference>();
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0 || open + 1 >= html.Length) break;
            var next = html[open + 1];
            if (next == '!' && string.CompareOrdinal(html, open, "<!--", 0, 4) == 0)
            {
                i = SkipPast(html, "-->", open + 4);
            }
            else if (next is '!' or '?' or '/')
            {
                i = SkipPast(html, ">", open + 2);
            }
            else if (char.IsAsciiLetter(next))
            {
                i = ReadTag(html, open + 1, found);
            }
            else
            {
                i = open + 1;
            }
        }
        return found;
    }

    /// <summary>Reads a start tag from its name to its <c>&gt;</c>; returns where scanning continues.</summary>
    private static int ReadTag(string html, int nameStart, List<HtmlReference> found)
    {
        var j = End(html, nameStart, NameEnd);
        var tag = html.AsSpan(nameStart, j - nameStart);

        while (j < html.Length)
        {
            j = Skip(html, j, SpaceOrSlash);
            if (j >= html.Length) break;
            if (html[j] == '>') { j++; break; }

            var attributeStart = j;
            j = End(html, j, NameEnd);
            if (j == attributeStart) { j++; continue; }
            var attribute = html.AsSpan(attributeStart, j - attributeStart);

            j = Skip(html, j, Space);
            if (j >= html.Length || html[j] != '=') continue;
            j = Skip(html, j + 1, Space);
            if (j >= html.Length) break;

            int valueStart, valueEnd;
            if (html[j] is '"' or '\'')
            {
                valueStart = j + 1;
                valueEnd = html.IndexOf(html[j], valueStart);
                if (valueEnd < 0) valueEnd = html.Length;
                j = Math.Min(valueEnd + 1, html.Length);
            }
            else
            {
                valueStart = j;
                j = End(html, j, UnquotedValueEnd);
                valueEnd = j;
            }
            Collect(tag, attribute, html, valueStart, valueEnd, found);
        }

        if (RawTextEndTag(tag) is not { } endTag) return j;
        var close = html.IndexOf(endTag, j, StringComparison.OrdinalIgnoreCase);
        return close < 0 ? html.Length : close;
    }

    /// <summary>The first index at or after <paramref name="from"/> holding one of <paramref name="stops"/>, or the end.</summary>
    private static int End(string html, int from, SearchValues<char> stops)
    {
        var at = html.AsSpan(from).IndexOfAny(stops);
        return at < 0 ? html.Length : from + at;
    }

    /// <summary>The first index at or after <paramref name="from"/> not holding one of <paramref name="skipped"/>, or the end.</summary>
    private static int Skip(string html, int from, SearchValues<char> skipped)
    {
        var at = html.AsSpan(from).IndexOfAnyExcept(skipped);
        return at < 0 ? html.Length : from + at;
    }

    /// <summary>The end tag that closes a raw text element, or null for every other element (the common case, decided by the first letter).</summary>
    private static string? RawTextEndTag(ReadOnlySpan<char> tag)
    {
        if (tag.Length < 3 || (tag[0] | 0x20) is not ('s' or 't' or 'x' or 'i' or 'n')) return null;
        foreach (var (name, endTag) in RawTextElements)
            if (tag.Equals(name, StringComparison.OrdinalIgnoreCase)) return endTag;
        return null;
    }

    private static void Collect(ReadOnlySpan<char> tag, ReadOnlySpan<char> attribute, string html, int start, int end, List<HtmlReference> found)
    {
        // Most attributes (class, style, rel...) are none of these: decide by the first letter before comparing.
        if ((attribute[0] | 0x20) is not ('h' or 's' or 'p' or 'd' or 'i' or 'n')) return;
        ReferenceKind? kind = null;
        if (attribute.Equals("href", StringComparison.OrdinalIgnoreCase))
            kind = tag.Equals("base", StringComparison.OrdinalIgnoreCase) ? ReferenceKind.Base : ReferenceKind.Link;
        else if (attribute.Equals("src", StringComparison.OrdinalIgnoreCase)
                 || attribute.Equals("poster", StringComparison.OrdinalIgnoreCase) && tag.Equals("video", StringComparison.OrdinalIgnoreCase)
                 || attribute.Equals("data", StringComparison.OrdinalIgnoreCase) && tag.Equals("object", StringComparison.OrdinalIgnoreCase))
            kind = ReferenceKind.Link;
        else if (attribute.Equals("id", StringComparison.OrdinalIgnoreCase)
                 || attribute.Equals("name", StringComparison.OrdinalIgnoreCase) && tag.Equals("a", StringComparison.OrdinalIgnoreCase))
            kind = ReferenceKind.Anchor;
        else if (attribute.Equals("srcset", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var (url, offset) in SrcSet.Candidates(Decode(html, start, end)))
                found.Add(new HtmlReference(ReferenceKind.Link, url, start + offset));
            return;
        }
        if (kind is { } k) found.Add(new HtmlReference(k, Decode(html, start, end), start));
    }

    private static string Decode(string html, int start, int end)
    {
        var raw = html.Substring(start, end - start);
        return raw.Contains('&') ? WebUtility.HtmlDecode(raw) : raw;
    }

    private static int SkipPast(string html, string terminator, int from)
    {
        var at = html.IndexOf(terminator, Math.Min(from, html.Length), StringComparison.Ordinal);
        return at < 0 ? html.Length : at + terminator.Length;
    }

}
