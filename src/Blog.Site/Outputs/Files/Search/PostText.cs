using System.Net;
using System.Text;
using Blog.Site.Config;

namespace Blog.Site.Outputs.Files.Search;

/// <summary>
/// What a post's rendered content (its HTML without layouts) gives the search index: the text of its headings, the
/// start of its text to show under a result, and the words it is found by beyond those, its most frequent first.
/// Markup goes; code blocks, scripts, styles, inline SVG and kramdown's table of contents (which repeats the headings)
/// are left out: the index is for finding a post by what it says, and stays small.
/// </summary>
public sealed record PostText(IReadOnlyList<string> Headings, string Lead, string Words)
{
    /// <summary>Elements whose text is left out, with everything inside them.</summary>
    private static readonly HashSet<string> Skipped = new(StringComparer.Ordinal) { "pre", "script", "style", "svg", "math", "template", "textarea" };

    /// <summary>Elements inside a word's run of text: no space is put where they start or end.</summary>
    private static readonly HashSet<string> Inline = new(StringComparer.Ordinal)
    {
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small",
        "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    };

    /// <summary>Short, frequent English words that would crowd out the words a post is about.</summary>
    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out", "has", "have",
        "his", "how", "its", "may", "new", "now", "who", "did", "get", "use", "with", "that", "this", "from", "they", "them", "then",
        "than", "there", "their", "what", "when", "where", "which", "while", "will", "would", "could", "should", "into", "onto", "also",
        "been", "being", "were", "each", "other", "some", "such", "only", "more", "most", "very", "just", "over", "under", "about",
        "after", "before", "does", "done", "these", "those", "here", "your", "yours", "it's", "because", "both", "same", "well", "much",
        "many", "like", "between", "through", "without", "within", "first", "second", "two", "three", "used", "using",
    };

    public static PostText Of(string html, SearchSettings settings)
    {
        var (headings, prose) = Extract(html);
        var lead = LeadOf(prose, settings.Text);
        var known = new HashSet<string>(Tokens(lead), StringComparer.Ordinal);
        foreach (var heading in headings) known.UnionWith(Tokens(heading));
        return new PostText(headings, lead, FrequentWords(prose, known, settings.Words));
    }

    /// <summary>The words of a text as the search script splits a query: runs of letters and digits, in lower case.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inWord = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inWord && start < 0) start = i;
            else if (!inWord && start >= 0)
            {
                yield return text[start..i].ToLowerInvariant();
                start = -1;
            }
        }
    }

    private static string LeadOf(string prose, int length)
    {
        if (prose.Length <= length) return prose;
        var cut = prose.LastIndexOf(' ', length);
        return prose[..(cut > length / 2 ? cut : length)].TrimEnd() + "…";
    }

    private static string FrequentWords(string prose, HashSet<string> known, int count)
    {
        if (count == 0) return "";
        var counts = new Dictionary<string, (int Count, int First)>(StringComparer.Ordinal);
        var position = 0;
        foreach (var token in Tokens(prose))
        {
            position++;
            if (token.Length < 3 || IsNumber(token) || known.Contains(token) || StopWords.Contains(token)) continue;
            counts[token] = counts.TryGetValue(token, out var seen) ? (seen.Count + 1, seen.First) : (1, position);
        }
        return string.Join(' ', counts.OrderByDescending(c => c.Value.Count).ThenBy(c => c.Value.First).Take(count).Select(c => c.Key));
    }

    /// <summary>Table figures and measurements: many, and not what a reader searches for.</summary>
    private static bool IsNumber(string token) => token.All(char.IsDigit);

    /// <summary>The headings' texts and the rest of the text, each with entities decoded and whitespace collapsed.</summary>
    private static (IReadOnlyList<string> Headings, string Prose) Extract(string html)
    {
        var headings = new List<string>();
        var prose = new StringBuilder(html.Length / 2);
        var heading = new StringBuilder();
        string? inHeading = null;
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            var text = lt < 0 ? html.AsSpan(i) : html.AsSpan(i, lt - i);
            if (!text.IsEmpty) (inHeading is null ? prose : heading).Append(text.Contains('&') ? WebUtility.HtmlDecode(text.ToString()) : text);
            if (lt < 0) break;
            var tag = Tag.At(html, lt);
            i = tag.End;
            if (tag.Name.Length == 0) continue;
            if (!tag.Closing && (Skipped.Contains(tag.Name) || tag.Attributes.Contains("id=\"markdown-toc\"", StringComparison.Ordinal)))
            {
                i = EndOf(html, tag);
                prose.Append(' ');
                continue;
            }
            if (IsHeading(tag.Name))
            {
                if (!tag.Closing) inHeading = tag.Name;
                else if (tag.Name == inHeading)
                {
                    var done = Collapse(heading.ToString());
                    if (done.Length > 0) headings.Add(done);
                    heading.Clear();
                    inHeading = null;
                }
                prose.Append(' ');
                continue;
            }
            if (!Inline.Contains(tag.Name)) (inHeading is null ? prose : heading).Append(' ');
        }
        return (headings, Collapse(prose.ToString()));
    }

    private static bool IsHeading(string name) => name.Length == 2 && name[0] == 'h' && name[1] is >= '1' and <= '6';

    /// <summary>Where the element <paramref name="open"/> starts ends: after its matching end tag (counting nested ones of its name), or at the end.</summary>
    private static int EndOf(string html, Tag open)
    {
        if (open.SelfClosing) return open.End;
        var depth = 1;
        var i = open.End;
        while (depth > 0)
        {
            var lt = html.IndexOf('<', i);
            if (lt < 0) return html.Length;
            var tag = Tag.At(html, lt);
            i = tag.End;
            if (tag.Name != open.Name) continue;
            depth += tag.Closing ? -1 : tag.SelfClosing ? 0 : 1;
        }
        return i;
    }

    private static string Collapse(string text)
    {
        var result = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = result.Length > 0; continue; }
            if (space) result.Append(' ');
            result.Append(c);
            space = false;
        }
        return result.ToString();
    }

    /// <summary>A tag, comment or doctype starting at a <c>&lt;</c>: its lower-case name (empty for a comment, a doctype or a lone <c>&lt;</c>) and where it ends.</summary>
    private readonly record struct Tag(string Name, bool Closing, bool SelfClosing, string Attributes, int End)
    {
        public static Tag At(string html, int lt)
        {
            if (string.CompareOrdinal(html, lt, "<!--", 0, 4) == 0)
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return new Tag("", false, false, "", close < 0 ? html.Length : close + 3);
            }
            var closing = lt + 1 < html.Length && html[lt + 1] == '/';
            var nameStart = lt + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            // "a < b" in text: not a tag, the '<' is text (kramdown writes it as &lt;, raw HTML may not).
            if (nameEnd == nameStart && !(nameStart < html.Length && html[nameStart] == '!')) return new Tag("", false, false, "", lt + 1);
            var gt = html.IndexOf('>', nameEnd);
            var end = gt < 0 ? html.Length : gt + 1;
            var attributes = html[nameEnd..(gt < 0 ? html.Length : gt)];
            return new Tag(html[nameStart..nameEnd].ToLowerInvariant(), closing, attributes.EndsWith('/'), attributes, end);
        }
    }
}
