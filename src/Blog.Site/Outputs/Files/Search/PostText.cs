using System.Buffers;
using System.Collections.Frozen;
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
/// a string only when it is kept, and the post's text is copied into one pooled buffer as it is read, where its words
/// are counted; only the lead and the headings are collapsed into strings. Reading the index must cost a build little
/// more than rendering the pages does (issue 15: at most 5%).
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

    /// <summary>
    /// The elements that are not <see cref="TagKind.Block"/>, each name <see cref="Packed"/> into a number: every tag of every
    /// post is looked up here, and a number is looked up faster than a name hashed and compared ignoring case.
    /// </summary>
    private static readonly FrozenDictionary<ulong, TagKind> Kinds = new[]
        {
            (TagKind.Skipped, new[] { "pre", "script", "style", "svg", "math", "template", "textarea" }),
            (TagKind.Inline, new[]
            {
                "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
                "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr",
            }),
        }
        .SelectMany(group => group.Item2.Select(name => KeyValuePair.Create(Packed(name), group.Item1)))
        .ToFrozenDictionary();

    /// <summary>Short, frequent English words that would crowd out the words a post is about.</summary>
    private static readonly string[] StopWords =
    [
        "the", "and", "for", "are", "but", "not", "you", "all", "any", "can", "had", "her", "was", "one", "our", "out", "has", "have",
        "his", "how", "its", "may", "new", "now", "who", "did", "get", "use", "with", "that", "this", "from", "they", "them", "then",
        "than", "there", "their", "what", "when", "where", "which", "while", "will", "would", "could", "should", "into", "onto", "also",
        "been", "being", "were", "each", "other", "some", "such", "only", "more", "most", "very", "just", "over", "under", "about",
        "after", "before", "does", "done", "these", "those", "here", "your", "yours", "it's", "because", "both", "same", "well", "much",
        "many", "like", "between", "through", "without", "within", "first", "second", "two", "three", "used", "using",
    ];

    /// <summary>Words up to this long are lowered on the stack; a longer one (a hash, a run of base64) in an array of its own.</summary>
    private const int StackWord = 128;

    public static PostText Of(string html, SearchSettings settings)
    {
        var headings = new List<string>();
        using var prose = new TextBuffer(html.Length);
        Extract(html, headings, prose);
        var lead = LeadOf(prose.Text, settings.Text);
        return new PostText(headings, lead, FrequentWords(prose, [lead, .. headings], settings.Words));
    }

    /// <summary>The words of a text as the search script splits a query: runs of letters and digits, in lower case.</summary>
    public static IEnumerable<string> Tokens(string text)
    {
        var position = 0;
        while (NextWord(text, ref position) is { Length: > 0 } word)
        {
            var lowered = word.ToArray();
            Lower(lowered);
            yield return new string(lowered);
        }
    }

    /// <summary>The next word (<see cref="Tokens"/>) at or after <paramref name="position"/>, which is moved past it; empty at the end.</summary>
    private static ReadOnlySpan<char> NextWord(ReadOnlySpan<char> text, ref int position)
    {
        while (position < text.Length && !IsWordCharacter(text[position])) position++;
        var start = position;
        while (position < text.Length && IsWordCharacter(text[position])) position++;
        return text[start..position];
    }

    /// <summary><see cref="char.IsLetterOrDigit(char)"/>, with the ASCII letters and digits most text is made of tested first.</summary>
    private static bool IsWordCharacter(char c) => char.IsAsciiLetterOrDigit(c) || (c > '\x7f' && char.IsLetterOrDigit(c));

    /// <summary>Keeps the words of a text that is shown (the lead, a heading) out of the most frequent: they are found anyway.</summary>
    private static void ExcludeWords(WordCounts counts, string text)
    {
        Span<char> buffer = stackalloc char[StackWord];
        var position = 0;
        while (NextWord(text, ref position) is { Length: > 0 } word)
        {
            var lowered = word.Length <= StackWord ? buffer[..word.Length] : new char[word.Length];
            word.CopyTo(lowered);
            Lower(lowered);
            counts.Exclude(lowered);
        }
    }

    /// <summary>The first <paramref name="length"/> characters of the text with its whitespace collapsed, cut after a word when there is more.</summary>
    private static string LeadOf(ReadOnlySpan<char> prose, int length)
    {
        var start = Collapsed(prose, length + 1);
        if (start.Length <= length) return start;
        var cut = start.AsSpan().LastIndexOf(' ');
        return string.Concat(start.AsSpan(0, cut > length / 2 ? cut : length).TrimEnd(), "…");
    }

    /// <summary>
    /// The start of a text, up to <paramref name="limit"/> characters, with every run of white space made one space and none
    /// at the start or the end (only the lead and the headings are shown, so only they are collapsed).
    /// </summary>
    private static string Collapsed(ReadOnlySpan<char> text, int limit)
    {
        var collapsed = new StringBuilder(Math.Min(limit, text.Length));
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                space = collapsed.Length > 0;
                continue;
            }
            if (space && collapsed.Length < limit) collapsed.Append(' ');
            if (collapsed.Length == limit) break;
            collapsed.Append(c);
            space = false;
        }
        return collapsed.ToString();
    }

    private static string FrequentWords(TextBuffer prose, IEnumerable<string> shown, int count)
    {
        if (count == 0) return "";
        // Every word of every post passes here, so one pass over its characters finds where it ends, tells whether it is a
        // number (table figures and measurements: many, and not what a reader searches for) and puts it in lower case where
        // it stands (a character's case is its own, so it is as if the word were lowered alone; the lead was taken before):
        // lower-case letters, most of a text, are tested first and left as they are. The word is then hashed and counted
        // as where it first occurs in the text, and only the words kept become strings. The words shown and the stop words
        // are then marked in the table, once a word rather than once an occurrence. (Searching each word's end with
        // SearchValues was slower: words are too short for vectorized search.)
        var text = prose.Characters.AsSpan(0, prose.Length);
        // Sized for a new word in about every 40 characters, as posts have.
        using var counts = new WordCounts(prose.Characters, prose.Length / 40);
        var at = 0;
        while (at < text.Length)
        {
            if (!IsWordCharacter(text[at]))
            {
                at++;
                continue;
            }
            var start = at;
            var number = true;
            for (; at < text.Length; at++)
            {
                var c = text[at];
                if (char.IsAsciiLetterLower(c)) number = false;
                else if (char.IsAsciiDigit(c)) continue;
                else if (char.IsAsciiLetterUpper(c))
                {
                    text[at] = Lowered(c);
                    number = false;
                }
                else if (c > '\x7f' && char.IsLetterOrDigit(c))
                {
                    number &= char.IsDigit(c);
                    text[at] = Lowered(c);
                }
                else break;
            }
            if (at - start >= 3 && !number) counts.Add(start, at - start, WordCounts.Hash(text[start..at]));
        }
        foreach (var shownText in shown) ExcludeWords(counts, shownText);
        foreach (var stopWord in StopWords) counts.Exclude(stopWord);
        return counts.MostFrequent(count);
    }

    /// <summary>A word in lower case in place: ASCII letters directly, any other letter as <see cref="char.ToLowerInvariant(char)"/> has it.</summary>
    private static void Lower(Span<char> word)
    {
        foreach (ref var c in word) c = Lowered(c);
    }

    /// <summary>A character of a word in lower case (<see cref="Lower"/>).</summary>
    private static char Lowered(char c) => char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c > '\x7f' ? char.ToLowerInvariant(c) : c;

    /// <summary>Reads the headings' texts into <paramref name="headings"/> (whitespace collapsed) and the rest of the text into <paramref name="prose"/> (as it is), each with entities decoded.</summary>
    private static void Extract(string html, List<string> headings, TextBuffer prose)
    {
        using var heading = new TextBuffer(256);
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
    /// Appends a run of text with its character references decoded. Each reference (an '&amp;' up to the next ';' with no
    /// '&amp;' between) decodes alone as it does in its run, so <see cref="WebUtility.HtmlDecode(string)"/> is given only
    /// the reference, and once per post for each one (<paramref name="decoded"/>).
    /// </summary>
    private static void AppendDecoded(ReadOnlySpan<char> run, TextBuffer into, Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> decoded)
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
            // Only a tag of this name is read whole: a highlighted code block is mostly the tags of its spans.
            if (!Names(html, lt, open.Name))
            {
                i = html.AsSpan(lt).StartsWith("<!--", StringComparison.Ordinal) ? Tag.At(html, lt).End : lt + 1;
                continue;
            }
            var tag = Tag.At(html, lt);
            i = tag.End;
            depth += tag.Closing ? -1 : tag.SelfClosing ? 0 : 1;
        }
        return i;
    }

    /// <summary>Whether the tag at <paramref name="lt"/> (a start or an end tag) has the name <paramref name="name"/>, in either case.</summary>
    private static bool Names(string html, int lt, ReadOnlySpan<char> name)
    {
        var start = lt + 1 < html.Length && html[lt + 1] == '/' ? lt + 2 : lt + 1;
        var end = start + name.Length;
        return end <= html.Length && html.AsSpan(start, name.Length).Equals(name, StringComparison.OrdinalIgnoreCase)
            && (end == html.Length || !char.IsAsciiLetterOrDigit(html[end]));
    }

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
