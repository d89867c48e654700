using System.Buffers;
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
/// <remarks>
/// Every post's HTML passes through here, so the HTML is read as spans: a tag name, an attribute list or a word becomes
/// a string only when it is kept (the sets below are looked up with spans), and the post's text is collapsed into one
/// pooled buffer as it is read. Reading the index must cost a build little more than rendering the pages does.
/// </remarks>
public sealed record PostText(IReadOnlyList<string> Headings, string Lead, string Words)
{
    /// <summary>Elements whose text is left out, with everything inside them.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Skipped =
        TagNames("pre", "script", "style", "svg", "math", "template", "textarea");

    /// <summary>Elements inside a word's run of text: no space is put where they start or end.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> Inline = TagNames(
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp", "small",
        "span", "strong", "sub", "sup", "time", "u", "var", "wbr");

    /// <summary>Short, frequent English words that would crowd out the words a post is about.</summary>
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords = new HashSet<string>(StringComparer.Ordinal)
    {
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out", "has", "have",
        "his", "how", "its", "may", "new", "now", "who", "did", "get", "use", "with", "that", "this", "from", "they", "them", "then",
        "than", "there", "their", "what", "when", "where", "which", "while", "will", "would", "could", "should", "into", "onto", "also",
        "been", "being", "were", "each", "other", "some", "such", "only", "more", "most", "very", "just", "over", "under", "about",
        "after", "before", "does", "done", "these", "those", "here", "your", "yours", "it's", "because", "both", "same", "well", "much",
        "many", "like", "between", "through", "without", "within", "first", "second", "two", "three", "used", "using",
    }.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Words up to this long are lower-cased on the stack; a longer one (a hash, a run of base64) gets a string.</summary>
    private const int StackWord = 128;

    public static PostText Of(string html, SearchSettings settings)
    {
        var headings = new List<string>();
        using var prose = new CollapsedText(html.Length);
        Extract(html, headings, prose);
        var lead = LeadOf(prose.Text, settings.Text);
        var known = new HashSet<string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        AddWords(known, lead);
        foreach (var heading in headings) AddWords(known, heading);
        return new PostText(headings, lead, FrequentWords(prose.Text, known, settings.Words));
    }

    /// <summary>The words of a text as the search script splits a query: runs of letters and digits, in lower case.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var position = 0;
        while (NextWord(text, ref position) is { Length: > 0 } word) yield return word.ToString().ToLowerInvariant();
    }

    /// <summary>The next word (<see cref="Tokens"/>) at or after <paramref name="position"/>, which is moved past it; empty at the end.</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ref int position)
    {
        while (position < text.Length && !char.IsLetterOrDigit(text[position])) position++;
        var start = position;
        while (position < text.Length && char.IsLetterOrDigit(text[position])) position++;
        return text[start..position];
    }

    /// <summary>A word in lower case, written to <paramref name="buffer"/> when it fits.</summary>
    private static ReadOnlySpan<char> Lower(ReadOnlySpan<char> word, Span<char> buffer) =>
        word.Length <= buffer.Length ? buffer[..word.ToLowerInvariant(buffer)] : word.ToString().ToLowerInvariant();

    private static void AddWords(HashSet<string>.AlternateLookup<ReadOnlySpan<char>> words, string text)
    {
        Span<char> buffer = stackalloc char[StackWord];
        var position = 0;
        while (NextWord(text, ref position) is { Length: > 0 } word) words.Add(Lower(word, buffer));
    }

    private static string LeadOf(ReadOnlySpan<char> prose, int length)
    {
        if (prose.Length <= length) return prose.ToString();
        var cut = prose[..(length + 1)].LastIndexOf(' ');
        return string.Concat(prose[..(cut > length / 2 ? cut : length)].TrimEnd(), "…");
    }

    private static string FrequentWords(ReadOnlySpan<char> prose, HashSet<string>.AlternateLookup<ReadOnlySpan<char>> known, int count)
    {
        if (count == 0) return "";
        // The text in lower case at once (each character's case is its own, so a word's is as if lowered alone): a word
        // is counted as where it first occurs in it, and only the words kept become strings. Those the lead, the headings
        // or the stop words hold are passed over only as the most frequent are taken, once a word rather than once an
        // occurrence.
        var lowered = ArrayPool<char>.Shared.Rent(prose.Length);
        try
        {
            prose.ToLowerInvariant(lowered);
            // Sized for a new word in about every 40 characters, as posts have.
            using var counts = new WordCounts(lowered, prose.Length / 40);
            var at = 0;
            while (NextWord(prose, ref at) is { Length: > 0 } word)
                if (word.Length >= 3 && !IsNumber(word)) counts.Add(at - word.Length, word.Length);
            return counts.MostFrequent(count, word => known.Contains(word) || StopWords.Contains(word));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(lowered);
        }
    }

    /// <summary>Table figures and measurements: many, and not what a reader searches for.</summary>
    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
            if (!char.IsDigit(c)) return false;
        return true;
    }

    /// <summary>Reads the headings' texts into <paramref name="headings"/> and the rest of the text into <paramref name="prose"/>, each with entities decoded and whitespace collapsed.</summary>
    private static void Extract(string html, List<string> headings, CollapsedText prose)
    {
        using var heading = new CollapsedText(256);
        var references = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var inHeading = '\0'; // the level ('1' to '6') of the heading whose text is being read
        var i = 0;
        while (i < html.Length)
        {
            var lt = html.IndexOf('<', i);
            AppendDecoded(lt < 0 ? html.AsSpan(i) : html.AsSpan(i, lt - i), inHeading == '\0' ? prose : heading, references);
            if (lt < 0) break;
            var tag = Tag.At(html, lt);
            i = tag.End;
            if (tag.Name.IsEmpty) continue;
            if (!tag.Closing && (Skipped.Contains(tag.Name) || tag.Attributes.Contains("id=\"markdown-toc\"", StringComparison.Ordinal)))
            {
                i = EndOf(html, tag);
                prose.AppendSpace();
                continue;
            }
            if (HeadingLevel(tag.Name) is not '\0' and var level)
            {
                if (!tag.Closing) inHeading = level;
                else if (level == inHeading)
                {
                    if (!heading.Text.IsEmpty) headings.Add(heading.Text.ToString());
                    heading.Clear();
                    inHeading = '\0';
                }
                prose.AppendSpace();
                continue;
            }
            if (!Inline.Contains(tag.Name)) (inHeading == '\0' ? prose : heading).AppendSpace();
        }
    }

    /// <summary>
    /// Appends a run of text with its character references decoded. Each reference (an '&amp;' up to the next ';' with no
    /// '&amp;' between) decodes alone as it does in its run, so <see cref="WebUtility.HtmlDecode(string)"/> is given only
    /// the reference, and once per post for each one (<paramref name="decoded"/>).
    /// </summary>
    private static void AppendDecoded(ReadOnlySpan<char> run, CollapsedText into, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> decoded)
    {
        for (var amp = run.IndexOf('&'); amp >= 0; amp = run.IndexOf('&'))
        {
            into.Append(run[..amp]);
            run = run[amp..];
            var end = run[1..].IndexOfAny(';', '&') + 1;
            if (end == 0 || run[end] != ';')
            {
                into.Append(run[..1]); // an '&' that starts no reference is text
                run = run[1..];
                continue;
            }
            var reference = run[..(end + 1)];
            if (!decoded.TryGetValue(reference, out var text)) decoded.Dictionary[reference.ToString()] = text = WebUtility.HtmlDecode(reference.ToString());
            into.Append(text);
            run = run[(end + 1)..];
        }
        into.Append(run);
    }

    /// <summary>The level of a heading's tag name (h1 to h6, in either case), or '\0' for any other.</summary>
    private static char HeadingLevel(ReadOnlySpan<char> name) =>
        name is ['h' or 'H', >= '1' and <= '6' and var level] ? level : '\0';

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
            if (!tag.Name.Equals(open.Name, StringComparison.OrdinalIgnoreCase)) continue;
            depth += tag.Closing ? -1 : tag.SelfClosing ? 0 : 1;
        }
        return i;
    }

    /// <summary>
    /// A set of tag names looked up with a span of the HTML. Names are ASCII letters and digits (<see cref="Tag.At"/>),
    /// so comparing them ordinally ignoring case is comparing them in lower case.
    /// </summary>
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> TagNames(params string[] names) =>
        new HashSet<string>(names, StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Text with its whitespace collapsed as it is appended: a run of white space becomes one space, and there is none at
    /// the start or the end. Its characters are in a pooled buffer, returned on <see cref="Dispose"/>.
    /// </summary>
    private sealed class CollapsedText(int capacity) : IDisposable
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));
        private int _length;
        private bool _space;

        public ReadOnlySpan<char> Text => _chars.AsSpan(0, _length);

        /// <summary>Every character <see cref="char.IsWhiteSpace(char)"/> is true for: the text between them is copied at once.</summary>
        private static readonly SearchValues<char> WhiteSpace =
            SearchValues.Create(Enumerable.Range(0, char.MaxValue + 1).Select(c => (char)c).Where(char.IsWhiteSpace).ToArray());

        public void Append(ReadOnlySpan<char> text)
        {
            while (!text.IsEmpty)
            {
                var space = text.IndexOfAny(WhiteSpace);
                var run = space < 0 ? text : text[..space];
                if (!run.IsEmpty)
                {
                    if (_space) Add(" ");
                    Add(run);
                    _space = false;
                }
                if (space < 0) return;
                _space = _length > 0;
                text = text[(space + 1)..];
            }
        }

        /// <summary>Where an element starts or ends words are apart.</summary>
        public void AppendSpace() => _space = _length > 0;

        public void Clear() => (_length, _space) = (0, false);

        public void Dispose() => ArrayPool<char>.Shared.Return(_chars);

        private void Add(ReadOnlySpan<char> run)
        {
            if (_length + run.Length > _chars.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, _length + run.Length));
                Text.CopyTo(larger);
                ArrayPool<char>.Shared.Return(_chars);
                _chars = larger;
            }
            run.CopyTo(_chars.AsSpan(_length));
            _length += run.Length;
        }
    }

    /// <summary>A tag, comment or doctype starting at a <c>&lt;</c>: its name (empty for a comment, a doctype or a lone <c>&lt;</c>), its attributes and where it ends, as spans of the HTML.</summary>
    private readonly ref struct Tag(ReadOnlySpan<char> name, bool closing, ReadOnlySpan<char> attributes, int end)
    {
        public ReadOnlySpan<char> Name { get; } = name;

        public bool Closing { get; } = closing;

        public ReadOnlySpan<char> Attributes { get; } = attributes;

        public bool SelfClosing => Attributes.EndsWith('/');

        public int End { get; } = end;

        public static Tag At(string html, int lt)
        {
            if (html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
            {
                var close = html.IndexOf("-->", lt + 4, StringComparison.Ordinal);
                return new Tag([], false, [], close < 0 ? html.Length : close + 3);
            }
            var closing = lt + 1 < html.Length && html[lt + 1] == '/';
            var nameStart = lt + (closing ? 2 : 1);
            var nameEnd = nameStart;
            while (nameEnd < html.Length && char.IsAsciiLetterOrDigit(html[nameEnd])) nameEnd++;
            // "a < b" in text: not a tag, the '<' is text (kramdown writes it as &lt;, raw HTML may not).
            if (nameEnd == nameStart && !(nameStart < html.Length && html[nameStart] == '!')) return new Tag([], false, [], lt + 1);
            var gt = html.IndexOf('>', nameEnd);
            var attributesEnd = gt < 0 ? html.Length : gt;
            return new Tag(html.AsSpan(nameStart, nameEnd - nameStart), closing, html.AsSpan(nameEnd, attributesEnd - nameEnd), gt < 0 ? html.Length : gt + 1);
        }
    }
}
