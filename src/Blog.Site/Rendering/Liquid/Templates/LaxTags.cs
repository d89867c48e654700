using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>
/// A tag Liquid's strict parser rejects, read as Jekyll reads it: Jekyll runs Liquid in its <c>warn</c> mode, where such a
/// tag is parsed again by the lax parser and the build goes on with a warning. That parser takes an operand or a filter's
/// argument as a fragment up to the next space, comma or pipe, and a fragment that is no literal as a variable made of the
/// names in it. So in a condition parentheses do not group (<c>(b</c> is <c>b</c>, <c>c)</c> is <c>c</c>, and conditions
/// join right to left as always: <c>(a or b) and c</c> is <c>a or (b and c)</c>); <c>{% assign x = (a | sort) %}</c>
/// sorts <c>a</c>; <c>{{ "tag_" | append: {{t}}</c> (an output ends at its first <c>}}</c>) appends <c>t</c>; what
/// follows the last filter's arguments is ignored. Outputs, <c>assign</c> and <c>if</c>, <c>elsif</c> and
/// <c>unless</c> are read so; any other tag stays an error.
/// </summary>
internal static partial class LaxTags
{
    /// <summary>Liquid's <c>QuotedFragment</c>: a quoted string, or a run without spaces, commas or pipes (quoted strings inside it whole).</summary>
    [GeneratedRegex(@"""[^""]*""|'[^']*'|(?:[^\s,|'""]|""[^""]*""|'[^']*')+")]
    private static partial Regex Fragment();

    /// <summary>Liquid's <c>VariableParser</c>: the names a lax variable is made of (a bracketed index, or a name).</summary>
    [GeneratedRegex(@"\[[^\[\]]*\]|[\w-]+\??")]
    private static partial Regex VariableName();

    [GeneratedRegex(@"\A(?:""[^""]*""|'[^']*'|-?\d+|-?\d[\d.]+|\(\s*\S+\s*\.\.\s*\S+\s*\))\z")]
    private static partial Regex Literal();

    [GeneratedRegex(@"\A[=!<>a-z_]+\z")]
    private static partial Regex Operator();

    /// <summary>Liquid's <c>FilterArgsRegex</c>: each argument after a ':' or ',', a <c>key:</c> before it if it has one.</summary>
    [GeneratedRegex(@"[:,]\s*((?:\w+\s*:\s*)?(?:""[^""]*""|'[^']*'|(?:[^\s,|'""]|""[^""]*""|'[^']*')+))")]
    private static partial Regex FilterArgument();

    [GeneratedRegex(@"\A(\w+)\s*:\s*(.*)\z", RegexOptions.Singleline)]
    private static partial Regex KeywordArgument();

    /// <summary>A tag's name and markup: <c>{%- name markup -%}</c>.</summary>
    [GeneratedRegex(@"\A\{%-?\s*(\w+)\s*(.*?)\s*-?%\}\z", RegexOptions.Singleline)]
    private static partial Regex TagParts();

    /// <summary>Liquid's <c>Assign::Syntax</c>: its target may hold dots, brackets and parentheses (<c>{% assign site.tags = x %}</c>, minima).</summary>
    [GeneratedRegex(@"\A([\w\-.\[\]()]+)\s*=\s*(.*)\z", RegexOptions.Singleline)]
    private static partial Regex Assignment();

    /// <summary>A raw block whose start tag strips the whitespace after it, and whose end tag does not say so.</summary>
    [GeneratedRegex(@"(\{%-?\s*raw\s*-%\})(.*?)\{%(-?)\s*endraw\s*%\}", RegexOptions.Singleline)]
    private static partial Regex RawTrimmingAfter();

    /// <summary>An end tag or an <c>else</c> with more than its name: <c>{%- endfor- %}</c>, <c>{% endcapture junk %}</c>.</summary>
    [GeneratedRegex(@"\{%(-?)\s*(end\w+|else)\b(?!\s*-?%\})[^%]*?(-?)%\}")]
    private static partial Regex EndTagWithMarkup();

    /// <summary>
    /// End tags and <c>else</c> as Liquid reads them: by their name alone, whatever follows it (a <c>-</c> strips whitespace only
    /// right before <c>%}</c>). so-simple writes <c>{%- endfor- %}</c>; Fluid wants nothing after the name. The text of raw
    /// and comment blocks stays as written; a raw block whose start tag strips what follows it strips the text after its end.
    /// </summary>
    public static string EndTags(string text)
    {
        if (!text.Contains("{%", StringComparison.Ordinal)) return text;
        // Liquid 5.4's raw keeps its start tag's "-%}" for the text after its end: {% raw -%}x{% endraw %}\nB is xB.
        text = RawTrimmingAfter().Replace(text, "$1$2{%$3 endraw -%}");
        if (!EndTagWithMarkup().IsMatch(text)) return text;
        // A match inside a raw or comment block is no tag of its own there (TagAt finds none).
        return EndTagWithMarkup().Replace(text, tag => TagAt(text, tag.Index) is null
            ? tag.Value
            : $"{{%{tag.Groups[1].Value} {tag.Groups[2].Value} {tag.Groups[3].Value}%}}");
    }

    /// <summary>
    /// The tag (as Liquid's tokenizer cuts the text) holding <paramref name="index"/>, rewritten to the lax reading; null
    /// when it is no tag the lax parser reads differently.
    /// </summary>
    public static (int Start, int Length, string Tag, string Reading)? Read(string text, int index)
    {
        if (TagAt(text, index) is not var (start, length)) return null;
        var tag = text.Substring(start, length);
        var trimLeft = tag.Length > 2 && tag[2] == '-' ? "-" : "";
        var trimRight = tag.Length > 4 && tag[^3] == '-' ? "-" : "";
        string? reading = null;
        if (tag.StartsWith("{{", StringComparison.Ordinal))
        {
            var inner = tag[(2 + trimLeft.Length)..^(tag.EndsWith("}}", StringComparison.Ordinal) ? 2 + trimRight.Length : 1)];
            reading = $"{{{{{trimLeft} {Variable(inner)} {trimRight}}}}}";
        }
        else if (TagParts().Match(tag) is { Success: true } parts)
        {
            var markup = parts.Groups[2].Value;
            reading = parts.Groups[1].Value switch
            {
                // No condition is a syntax error to the lax parser too.
                "if" or "elsif" or "unless" when Conditions(markup) is { Length: > 0 } conditions => conditions,
                "assign" when Assignment().Match(markup) is { Success: true } assignment => $"{Target(assignment.Groups[1].Value)} = {Variable(assignment.Groups[2].Value)}",
                _ => null,
            } is { } read ? $"{{%{trimLeft} {parts.Groups[1].Value} {read} {trimRight}%}}" : null;
        }
        return reading is null || reading == tag ? null : (start, length, tag, reading);
    }

    /// <summary>
    /// An assignment's target: a name as it is; any other (<c>a.b</c>) a variable of that literal name to Liquid, which no
    /// lookup reaches (<c>a.b</c> reads <c>b</c> of <c>a</c>), so one no template can name.
    /// </summary>
    private static string Target(string target) =>
        Regex.IsMatch(target, @"\A[\w-]+\z") ? target : "unreadable__" + Regex.Replace(target, @"[^\w]", "_");

    /// <summary>Where the tag holding <paramref name="index"/> starts and how long it is: an output ends at its first '}' ('}}' if there is one), a tag at its first '%}'.</summary>
    private static (int Start, int Length)? TagAt(string text, int index)
    {
        var at = 0;
        while (at < text.Length)
        {
            var start = text.IndexOf('{', at);
            if (start < 0 || start + 1 >= text.Length) return null;
            if (text[start + 1] is not ('{' or '%'))
            {
                at = start + 1;
                continue;
            }
            int end;
            if (text[start + 1] == '{')
            {
                var brace = text.IndexOf('}', start + 2);
                end = brace < 0 ? text.Length : brace + (brace + 1 < text.Length && text[brace + 1] == '}' ? 2 : 1);
            }
            else
            {
                var close = text.IndexOf("%}", start + 2, StringComparison.Ordinal);
                end = close < 0 ? text.Length : close + 2;
                // What raw and comment blocks hold is not read as tags.
                if (TagParts().Match(text[start..end]) is { Success: true } parts && parts.Groups[1].Value is "raw" or "comment"
                    && Regex.Match(text[end..], @"\{%-?\s*end" + parts.Groups[1].Value + @"\s*-?%\}") is { Success: true } endTag)
                {
                    if (index < end + endTag.Index) return index >= start && index < end ? (start, end - start) : null;
                    at = end + endTag.Index + endTag.Length;
                    continue;
                }
            }
            if (index >= start && index < end) return (start, end - start);
            if (start > index) return null;
            at = end;
        }
        return null;
    }

    /// <summary>Liquid's lax <c>Variable</c>: the first fragment, then each filter (its name, the first word between pipes) with its arguments.</summary>
    private static string Variable(string markup)
    {
        if (Fragment().Match(markup) is not { Success: true } name) return "nil";
        var read = new StringBuilder(Operand(name.Value));
        var rest = markup[(name.Index + name.Length)..];
        var pipe = rest.IndexOf('|');
        if (pipe < 0) return read.ToString();
        foreach (var filter in SplitFilters(rest[(pipe + 1)..]))
        {
            if (Regex.Match(filter, @"\w+") is not { Success: true } filterName) continue;
            read.Append(" | ").Append(filterName.Value);
            var arguments = FilterArgument().Matches(filter[(filterName.Index + filterName.Length)..]).Select(m => m.Groups[1].Value).ToList();
            for (var i = 0; i < arguments.Count; i++)
            {
                read.Append(i == 0 ? ": " : ", ");
                read.Append(KeywordArgument().Match(arguments[i]) is { Success: true } keyword && !Literal().IsMatch(arguments[i])
                    ? $"{keyword.Groups[1].Value}: {Operand(keyword.Groups[2].Value)}"
                    : Operand(arguments[i]));
            }
        }
        return read.ToString();
    }

    /// <summary>The filters' parts between pipes (a pipe inside a quoted string is not one).</summary>
    private static IEnumerable<string> SplitFilters(string markup)
    {
        var part = new StringBuilder();
        foreach (Match piece in Regex.Matches(markup, @"""[^""]*""|'[^']*'|\||[^|""']+|[""']"))
        {
            if (piece.Value != "|")
            {
                part.Append(piece.Value);
                continue;
            }
            yield return part.ToString();
            part.Clear();
        }
        yield return part.ToString();
    }

    /// <summary>The markup of an <c>if</c> as Liquid's lax parser reads it: each condition's operands and operator, joined by the same and/or.</summary>
    private static string Conditions(string markup)
    {
        var parts = new List<string>();
        var condition = new List<string>();
        foreach (var fragment in Fragment().Matches(markup).Select(m => m.Value))
        {
            if (fragment is not ("and" or "or"))
            {
                condition.Add(fragment);
                continue;
            }
            Flush();
            parts.Add(fragment);
        }
        Flush();
        return string.Join(' ', parts);

        // Liquid's Syntax: an operand, then an operator and an operand if they are there; anything after is ignored.
        void Flush()
        {
            if (condition.Count == 0) return;
            parts.Add(condition.Count >= 3 && Operator().IsMatch(condition[1])
                ? $"{Operand(condition[0])} {condition[1]} {Operand(condition[2])}"
                : Operand(condition[0]));
            condition.Clear();
        }
    }

    /// <summary>
    /// An operand as Liquid's <c>Expression.parse</c> reads it: a literal as it is, anything else a variable of the names in
    /// it (none: nil; a name that starts with a digit is a variable no template can set, so nil too).
    /// </summary>
    private static string Operand(string fragment)
    {
        fragment = fragment.Trim();
        if (Literal().IsMatch(fragment) || fragment is "true" or "false" or "nil" or "null" or "empty" or "blank") return fragment;
        var names = VariableName().Matches(fragment).Select(m => m.Value).ToList();
        if (names.Count == 0 || char.IsAsciiDigit(names[0][0])) return "nil";
        var variable = new StringBuilder(names[0]);
        foreach (var name in names.Skip(1)) variable.Append(name[0] == '[' ? name : "." + name);
        return variable.ToString();
    }
}
