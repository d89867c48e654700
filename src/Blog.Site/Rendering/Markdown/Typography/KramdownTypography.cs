using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Site.Rendering.Markdown.Typography;

/// <summary>
/// kramdown's smart quotes and typographic symbols (<c>--</c>, <c>---</c>, <c>...</c>, <c>&lt;&lt;</c>, <c>&gt;&gt;</c>),
/// written as characters as Jekyll's <c>entity_output: as_char</c> does. It reproduces kramdown's scanner, not
/// SmartyPants: kramdown stops one character before a quote and tries its quote rules there, in order, so the
/// same rules give the same curly quotes (<c>'80s</c>, <c>don't</c>, <c>"'nested'"</c>). Used by Markdown text
/// runs and by the <c>smartify</c> filter.
/// </summary>
internal static partial class KramdownTypography
{
    private enum Quote { Left1, Left2, Right1, Right2, Ldquo, Lsquo, Rsquo }

    private sealed record Rule(Regex Pattern, bool EmitsGroup1, Quote[] Quotes);

    // kramdown's SQ_RULES in its order; Ruby's \w and \s are ASCII, so they are spelled out. Each starts at \G.
    private const string Word = "[A-Za-z0-9_]";
    private const string Space = "[ \\t\\r\\n\\f\\v]";
    private const string Punct = @"[!""#$%'()*+,\-./:;<=>?@\[\\\]^_`{|}~]";

    // Generated at build time: compiling them at run time (RegexOptions.Compiled) cost every build its IL emission
    // and jitting, and interpreted they would be slower on every text run with a quote.
    private static readonly Rule[] Rules =
    [
        new(QuoteBeforeEmphasis(), false, [Quote.Left1]),
        new(QuoteBeforePunctuation(), false, [Quote.Right1]),
        new(DoubleThenSingle(), true, [Quote.Ldquo, Quote.Lsquo]),
        new(SingleThenDouble(), true, [Quote.Lsquo, Quote.Ldquo]),
        new(DecadeApostrophe(), true, [Quote.Rsquo]),
        new(QuoteAfterSpace(), true, [Quote.Left2]),
        new(QuoteAfterCharacter(), true, [Quote.Right2]),
        new(QuoteBeforeSpaceOrEnd(), false, [Quote.Right1]),
        new(OtherSingle(), true, [Quote.Lsquo]),
        new(OtherDouble(), true, [Quote.Ldquo]),
    ];

    [GeneratedRegex($@"\G([""'])(?=[_*]{{1,2}}[^ \t\r\n\f\v])")]
    private static partial Regex QuoteBeforeEmphasis();

    [GeneratedRegex($@"\G([""'])(?={Punct}(?!\.\.)(?!{Word}))")]
    private static partial Regex QuoteBeforePunctuation();

    [GeneratedRegex($@"\G({Space}?)""'(?={Word})")]
    private static partial Regex DoubleThenSingle();

    [GeneratedRegex($@"\G({Space}?)'""(?={Word})")]
    private static partial Regex SingleThenDouble();

    [GeneratedRegex($@"\G({Space}?)'(?=[0-9][0-9]s)")]
    private static partial Regex DecadeApostrophe();

    [GeneratedRegex($@"\G({Space})(['""])(?={Word})")]
    private static partial Regex QuoteAfterSpace();

    [GeneratedRegex(@"\G([^ \\\t\r\n\[{(\-])(['""])")]
    private static partial Regex QuoteAfterCharacter();

    [GeneratedRegex($@"\G([""'])(?={Space}|s(?!{Word})|\n|\z)")]
    private static partial Regex QuoteBeforeSpaceOrEnd();

    [GeneratedRegex(@"\G([\s\S]?)'")]
    private static partial Regex OtherSingle();

    [GeneratedRegex(@"\G([\s\S]?)""")]
    private static partial Regex OtherDouble();

    /// <summary>
    /// Converts <paramref name="text"/>. <paramref name="following"/> is the source text right after it (the
    /// next element's first character, or nothing at the end of a block): kramdown's rules look ahead into it.
    /// </summary>
    public static string Convert(string text, string following = "")
    {
        if (text.IndexOfAny(Triggers) < 0) return text;
        var full = following.Length == 0 ? text : text + following;
        var end = text.Length;
        var output = new StringBuilder(text.Length);
        var i = 0;
        while (i < end)
        {
            var p = i;
            while (p < end && !StartsQuote(full, p, end) && !StartsSymbol(full, p, end)) p++;
            output.Append(full, i, p - i);
            if (p >= end) break;
            i = StartsQuote(full, p, end) ? ApplyQuoteRule(full, p, output) : ApplySymbol(full, p, end, output);
        }
        return output.ToString();
    }

    private static readonly char[] Triggers = ['"', '\'', '-', '.', '<', '>'];

    private static bool IsQuote(char c) => c is '"' or '\'';

    private static bool StartsQuote(string s, int p, int end) =>
        IsQuote(s[p]) || (s[p] != '\\' && p + 1 < end && IsQuote(s[p + 1]));

    private static bool StartsSymbol(string s, int p, int end)
    {
        var rest = s.AsSpan(p, end - p);
        return rest.StartsWith("--") || rest.StartsWith("...") || rest.StartsWith("<<") || rest.StartsWith(">>")
            || rest.StartsWith(" <<") || rest.StartsWith(" >>") || rest.StartsWith("\\<<") || rest.StartsWith("\\>>");
    }

    private static int ApplyQuoteRule(string s, int p, StringBuilder output)
    {
        foreach (var rule in Rules)
        {
            var match = rule.Pattern.Match(s, p);
            if (!match.Success) continue;
            if (rule.EmitsGroup1) output.Append(match.Groups[1].Value);
            foreach (var quote in rule.Quotes) output.Append(Character(quote, match));
            return p + match.Length;
        }
        output.Append(s[p]);
        return p + 1;
    }

    private static char Character(Quote quote, Match match)
    {
        // kramdown's lquote1/rquote1 take the quote from group 1, lquote2/rquote2 from group 2.
        var mark = quote switch
        {
            Quote.Left1 or Quote.Right1 => match.Groups[1].Value,
            Quote.Left2 or Quote.Right2 => match.Groups[2].Value,
            _ => "",
        };
        return quote switch
        {
            Quote.Left1 or Quote.Left2 => mark == "\"" ? '\u201C' : '\u2018',
            Quote.Right1 or Quote.Right2 => mark == "\"" ? '\u201D' : '\u2019',
            Quote.Ldquo => '\u201C',
            Quote.Lsquo => '\u2018',
            _ => '\u2019',
        };
    }

    // kramdown's TYPOGRAPHIC_SYMS in its order. A leading space before << is in kramdown's start pattern but not
    // in its symbol list: the space is then plain text and << is tried at the next character.
    private static readonly (string Source, string Output)[] Symbols =
    [
        ("---", "\u2014"), ("--", "\u2013"), ("...", "\u2026"), ("\\<<", "<<"), ("\\>>", ">>"),
        ("<< ", "\u00AB\u00A0"), (" >>", "\u00A0\u00BB"), ("<<", "\u00AB"), (">>", "\u00BB"),
    ];

    private static int ApplySymbol(string s, int p, int end, StringBuilder output)
    {
        var rest = s.AsSpan(p, end - p);
        foreach (var (source, replacement) in Symbols)
        {
            if (!rest.StartsWith(source)) continue;
            output.Append(replacement);
            return p + source.Length;
        }
        output.Append(s[p]);
        return p + 1;
    }
}
