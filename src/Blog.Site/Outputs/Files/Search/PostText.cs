using System.Buffers;
using System.Collections.Frozen;
using System.Net;
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
/// a string only when it is kept, and the post's text is copied into one pooled buffer as it is read, where its words
/// are counted (<see cref="WordScan"/>, <see cref="WordCounts"/>); only the lead and the headings are collapsed into
/// strings. Text runs and character references are found by one vectorized search, and a code block's end by searching
/// for its name. Reading the index must cost a build little more than rendering the pages does (issue 15: at most 5%).
/// </remarks>
public sealed record PostText(IReadOnlyList<string> Headings, string Lead, string Words)
{
    /// <summary>What an element's tag means for the text around it.</summary>
    private enum TagKind : byte
    {
        /// <summary>Words are apart where it starts or ends (paragraphs, list items, cells and any element not named below).</summary>
        Block,

        /// <summary>Inside a word's run of text: no space where it starts or ends.</summary>
        Inline,

        /// <summary>Its text is left out, with everything inside it.</summary>
        Skipped,
    }

    /// <summary>The elements whose text is left out (<see cref="TagKind.Skipped"/>).</summary>
    private static readonly string[] SkippedElements = ["pre", "script", "style", "svg", "math", "template", "textarea"];

    /// <summary>The elements inside a run of text (<see cref="TagKind.Inline"/>).</summary>
    private static readonly string[] InlineElements =
    [
        "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
        "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
    ];

    /// <summary>
    /// The elements that are not <see cref="TagKind.Block"/>, each name <see cref="Packed"/> into a number: every tag of every
    /// post is looked up here, and a number is looked up faster than a name hashed and compared ignoring case.
    /// </summary>
    private static readonly FrozenDictionary<ulong, TagKind> Kinds = SkippedElements.Select(name => KeyValuePair.Create(Packed(name), TagKind.Skipped))
        .Concat(InlineElements.Select(name => KeyValuePair.Create(Packed(name), TagKind.Inline)))
        .ToFrozenDictionary();

    /// <summary>The search for each skipped element's name (<see cref="EndOf"/>), by its name <see cref="Packed"/>.</summary>
    private static readonly FrozenDictionary<ulong, SearchValues<string>> SkippedNames =
        SkippedElements.ToFrozenDictionary(name => Packed(name), name => SearchValues.Create([name], StringComparison.OrdinalIgnoreCase));

    /// <summary>Short, frequent English words that would crowd out the words a post is about.</summary>
    private static readonly WordCounts.WordList StopWords = new(
    [
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out", "has", "have",
        "his", "how", "its", "may", "new", "now", "who", "did", "get", "use", "with", "that", "this", "from", "they", "them", "then",
        "than", "there", "their", "what", "when", "where", "which", "while", "will", "would", "could", "should", "into", "onto", "also",
        "been", "being", "were", "each", "other", "some", "such", "only", "more", "most", "very", "just", "over", "under", "about",
        "after", "before", "does", "done", "these", "those", "here", "your", "yours", "it's", "because", "both", "same", "well", "much",
        "many", "like", "between", "through", "without", "within", "first", "second", "two", "three", "used", "using",
    ]);

    /// <summary>Words up to this long are lowered on the stack; a longer one (a hash, a run of base64) in an array of its own.</summary>
    private const int StackWord = 128;

    public static PostText Of(string html, SearchSettings settings)
    {
        var headings = new List<string>();
        using var prose = new TextBuffer(html.Length);
        Extract(html, headings, prose);
        var (lead, leadEnd) = LeadOf(prose.Text, settings.Text);
        return new PostText(headings, lead, FrequentWords(prose, leadEnd, headings, settings.Words));
    }

    /// <summary>Keeps the words of a heading out of the most frequent: they are shown, and found anyway.</summary>
    private static void ExcludeWords(WordCounts counts, string text)
    {
        Span<char> buffer = stackalloc char[StackWord];
        var position = 0;
        while (WordScan.NextWord(text, ref position) is { Length: > 0 } word)
        {
            var lowered = word.Length <= StackWord ? buffer[..word.Length] : new char[word.Length];
            word.CopyTo(lowered);
            WordScan.Lower(lowered);
            counts.Exclude(lowered);
        }
    }

    /// <summary>
    /// The first <paramref name="length"/> characters of the text with its whitespace collapsed, cut after a word when there
    /// is more; and where in the text what it shows ends.
    /// </summary>
    private static (string Lead, int End) LeadOf(ReadOnlySpan<char> prose, int length)
    {
        var ends = length < StackText ? stackalloc int[StackText] : new int[length + 1];
        var start = Collapsed(prose, length + 1, ends);
        if (start.Length <= length) return (start, prose.Length);
        var cut = start.AsSpan().LastIndexOf(' ');
        var shown = start.AsSpan(0, cut > length / 2 ? cut : length).TrimEnd();
        return (string.Concat(shown, "…"), shown.IsEmpty ? 0 : ends[shown.Length - 1]);
    }

    /// <summary>
    /// The start of a text, up to <paramref name="limit"/> characters, with every run of white space made one space and none
    /// at the start or the end (only the lead and the headings are shown, so only they are collapsed).
    /// </summary>
    /// <param name="ends">
    /// Empty, or at least <paramref name="limit"/> long: then told, for each character of the result, where it ends in the
    /// text (the lead's words are those that end before the lead does).
    /// </param>
    private static string Collapsed(ReadOnlySpan<char> text, int limit, Span<int> ends = default)
    {
        // Never longer than the text (a run of white space becomes at most one space) or the limit; most fit on the stack.
        var size = Math.Min(limit, text.Length);
        char[]? rented = null;
        var collapsed = size <= StackText ? stackalloc char[StackText] : (rented = ArrayPool<char>.Shared.Rent(size));
        var length = 0;
        var space = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                space = length > 0;
                continue;
            }
            if (space && length < limit)
            {
                if (!ends.IsEmpty) ends[length] = i;
                collapsed[length++] = ' ';
            }
            if (length == limit) break;
            if (!ends.IsEmpty) ends[length] = i + 1;
            collapsed[length++] = c;
            space = false;
        }
        var result = new string(collapsed[..length]);
        if (rented is not null) ArrayPool<char>.Shared.Return(rented);
        return result;
    }

    /// <summary>A text shown (the lead, a heading) up to this long is collapsed on the stack.</summary>
    private const int StackText = 512;

    /// <param name="leadEnd">Where the lead's text ends in <paramref name="prose"/>: the words before are shown, and found anyway.</param>
    private static string FrequentWords(TextBuffer prose, int leadEnd, IReadOnlyList<string> headings, int count)
    {
        if (count == 0) return "";
        // Sized for a new word in about every 24 characters, as posts have (bench/corpus.py's: one in 27), so that the table
        // seldom grows: each time, it is cleared and filled again.
        using var counts = new WordCounts(prose.Characters, prose.Length / 24);
        // The words are put in lower case where they stand (the lead was taken before), and only those kept become strings.
        WordScan.Count(prose.Characters.AsSpan(0, prose.Length), counts);
        // The words shown and the stop words are then marked in the table, once a word rather than once an occurrence. The
        // lead's are the words that first occur before its end, the first entries of the table: none is looked up.
        counts.ExcludeFirst(leadEnd);
        foreach (var heading in headings) ExcludeWords(counts, heading);
        counts.Exclude(StopWords);
        return counts.MostFrequent(count);
    }

    /// <summary>Reads the headings' texts into <paramref name="headings"/> (whitespace collapsed) and the rest of the text into <paramref name="prose"/> (as it is), each with entities decoded.</summary>
    private static void Extract(string html, List<string> headings, TextBuffer prose)
    {
        using var heading = new TextBuffer(256);
        var references = new Dictionary<string, string>(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        var inHeading = '\0'; // the level ('1' to '6') of the heading whose text is being read
        var i = 0;
        while (i < html.Length)
        {
            // Text runs up to the next tag or character reference; both are found by one search.
            var next = html.AsSpan(i).IndexOfAny('<', '&');
            var into = inHeading == '\0' ? prose : heading;
            into.Append(next < 0 ? html.AsSpan(i) : html.AsSpan(i, next));
            if (next < 0) break;
            if (html[i + next] == '&')
            {
                i = AppendReference(html, i + next, into, references);
                continue;
            }
            var lt = i + next;
            var tag = Tag.At(html, lt);
            i = tag.End;
            if (tag.Name.IsEmpty) continue;
            var kind = KindOf(tag.Name);
            if (!tag.Closing && (kind == TagKind.Skipped || tag.Attributes.Contains("id=\"markdown-toc\"", StringComparison.Ordinal)))
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
                    if (Collapsed(heading.Text, heading.Length) is { Length: > 0 } text) headings.Add(text);
                    heading.Clear();
                    inHeading = '\0';
                }
                prose.AppendSpace();
                continue;
            }
            if (kind != TagKind.Inline) (inHeading == '\0' ? prose : heading).AppendSpace();
        }
    }

    /// <summary>
    /// Appends the character reference at <paramref name="amp"/> decoded and returns where the text goes on. A reference is
    /// an '&amp;' up to the next ';' with no '&amp;' or tag between; it decodes alone as it does in its run of text, so
    /// <see cref="WebUtility.HtmlDecode(string)"/> is given only the reference, and once per post for each one
    /// (<paramref name="decoded"/>). An '&amp;' that starts no reference is text.
    /// </summary>
    private static int AppendReference(string html, int amp, TextBuffer into, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> decoded)
    {
        var end = html.AsSpan(amp + 1).IndexOfAny(';', '&', '<') + amp + 1;
        if (end == amp || html[end] != ';')
        {
            into.Append("&");
            return amp + 1;
        }
        var reference = html.AsSpan(amp, end + 1 - amp);
        if (!decoded.TryGetValue(reference, out var text)) decoded.Dictionary[reference.ToString()] = text = WebUtility.HtmlDecode(reference.ToString());
        into.Append(text);
        return end + 1;
    }

    /// <summary>The level of a heading's tag name (h1 to h6, in either case), or '\0' for any other.</summary>
    private static char HeadingLevel(ReadOnlySpan<char> name) =>
        name is ['h' or 'H', >= '1' and <= '6' and var level] ? level : '\0';

    /// <summary>Where the element <paramref name="open"/> starts ends: after its matching end tag (counting nested ones of its name), or at the end.</summary>
    /// <remarks>
    /// Only the tags of its name matter, and comments, which hide them: a highlighted code block is mostly the tags of its
    /// spans, so the element's name is searched for (<see cref="SearchValues{T}"/>, vectorized and ignoring case) rather
    /// than every '&lt;' read.
    /// </remarks>
    private static int EndOf(string html, Tag open)
    {
        if (open.SelfClosing) return open.End;
        var name = NameSearch(open.Name);
        var length = open.Name.Length;
        var depth = 1;
        var i = open.End; // where the text not yet read starts
        var search = i; // where the name is looked for next
        while (depth > 0)
        {
            var found = html.AsSpan(search).IndexOfAny(name);
            if (found < 0) return html.Length;
            var at = search + found;
            var lt = at >= 1 && html[at - 1] == '<' ? at - 1 : at >= 2 && html[at - 1] == '/' && html[at - 2] == '<' ? at - 2 : -1;
            if (lt < i || (at + length < html.Length && char.IsAsciiLetterOrDigit(html[at + length])))
            {
                search = at + 1; // the name in text, in an attribute, or the start of a longer name
                continue;
            }
            // A comment before the tag hides what it holds: the tag, if the comment ends after it.
            if (html.AsSpan(i, lt - i).IndexOf("<!--", StringComparison.Ordinal) is >= 0 and var comment)
            {
                i = search = Tag.At(html, i + comment).End;
                continue;
            }
            var tag = Tag.At(html, lt);
            i = search = tag.End;
            depth += tag.Closing ? -1 : tag.SelfClosing ? 0 : 1;
        }
        return i;
    }

    /// <summary>The search for an element's name (<see cref="EndOf"/>): made once for the elements always left out, and when needed for another (the table of contents' list).</summary>
    private static SearchValues<string> NameSearch(ReadOnlySpan<char> name) =>
        name.Length <= sizeof(ulong) && SkippedNames.TryGetValue(Packed(name), out var search)
            ? search
            : SearchValues.Create([name.ToString()], StringComparison.OrdinalIgnoreCase);

    private static TagKind KindOf(ReadOnlySpan<char> name) =>
        name.Length <= sizeof(ulong) && Kinds.TryGetValue(Packed(name), out var kind) ? kind : TagKind.Block;

    /// <summary>
    /// A tag name of up to eight characters as one number, a byte a character, in lower case: names are ASCII letters and
    /// digits (<see cref="Tag.At"/>), whose lower case is the character with bit 5 set, and none is zero, so no two differ.
    /// </summary>
    private static ulong Packed(ReadOnlySpan<char> name)
    {
        var key = 0UL;
        foreach (var c in name) key = (key << 8) | (byte)(c | 0x20);
        return key;
    }

    /// <summary>
    /// Text read from the HTML, in a pooled buffer returned on <see cref="Dispose"/>: each run copied as it is, and a space
    /// where an element starts or ends words apart. Its white space is left as it is: only what is shown, the lead and the
    /// headings, is collapsed (<see cref="Collapsed"/>), and the words are the same either way.
    /// </summary>
    private sealed class TextBuffer(int capacity) : IDisposable
    {
        private char[] _chars = ArrayPool<char>.Shared.Rent(Math.Max(capacity, 16));

        public int Length { get; private set; }

        public ReadOnlySpan<char> Text => _chars.AsSpan(0, Length);

        /// <summary>The buffer itself, whose first <see cref="Length"/> characters are the text: words are put in lower case where they stand.</summary>
        public char[] Characters => _chars;

        public void Append(ReadOnlySpan<char> text)
        {
            if (Length + text.Length > _chars.Length)
            {
                var larger = ArrayPool<char>.Shared.Rent(Math.Max(_chars.Length * 2, Length + text.Length));
                Text.CopyTo(larger);
                ArrayPool<char>.Shared.Return(_chars);
                _chars = larger;
            }
            text.CopyTo(_chars.AsSpan(Length));
            Length += text.Length;
        }

        /// <summary>Where an element starts or ends words are apart.</summary>
        public void AppendSpace()
        {
            if (Length > 0 && _chars[Length - 1] != ' ') Append(" ");
        }

        public void Clear() => Length = 0;

        public void Dispose() => ArrayPool<char>.Shared.Return(_chars);
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
            if (lt + 1 < html.Length && html[lt + 1] == '!' && html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal))
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
            // Most tags have no attributes: their '>' follows the name.
            var gt = nameEnd < html.Length && html[nameEnd] == '>' ? nameEnd : html.IndexOf('>', nameEnd);
            var attributesEnd = gt < 0 ? html.Length : gt;
            return new Tag(html.AsSpan(nameStart, nameEnd - nameStart), closing, html.AsSpan(nameEnd, attributesEnd - nameEnd), gt < 0 ? html.Length : gt + 1);
        }
    }
}
