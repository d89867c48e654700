using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>
/// Conditions with parentheses (<c>{% if a and (b != c) %}</c>), read as Jekyll reads them. Liquid has no grouping: its
/// strict parser rejects them, and Jekyll (Liquid's <c>warn</c> mode) then reads the tag with the lax parser, which takes
/// each operand as a fragment up to the next space and a fragment that is no literal as a variable made of the names in
/// it. So <c>(b</c> is <c>b</c>, <c>c)</c> is <c>c</c>, <c>"y")</c> is the variable <c>y</c>, and the conditions are
/// joined right to left as always (<c>(a or b) and c</c> is <c>a or (b and c)</c>). The tag's markup is rewritten to
/// that reading before Fluid parses it, with a warning at the tag, as Jekyll prints one.
/// </summary>
internal static partial class LaxConditions
{
    /// <summary>An <c>if</c>, <c>elsif</c> or <c>unless</c> tag with a parenthesis in its markup, which is group 2.</summary>
    [GeneratedRegex(@"\{%-?\s*(if|elsif|unless)\s((?:(?!-?%\}).)*?[()](?:(?!-?%\}).)*?)-?%\}", RegexOptions.Singleline)]
    private static partial Regex TagWithParenthesis();

    /// <summary>Where Liquid reads no tags: <c>raw</c> and <c>comment</c> blocks.</summary>
    [GeneratedRegex(@"\{%-?\s*(raw|comment)\s*-?%\}.*?\{%-?\s*end\1\s*-?%\}", RegexOptions.Singleline)]
    private static partial Regex Verbatim();

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

    /// <summary>The text with each such tag's markup rewritten; <paramref name="warn"/> is told where each tag starts and how it was read.</summary>
    public static string Rewrite(string text, Action<int, string> warn)
    {
        if (!text.Contains('(') || !text.Contains("{%", StringComparison.Ordinal)) return text;
        var verbatim = Verbatim().Matches(text).Select(m => (m.Index, End: m.Index + m.Length)).ToList();
        return TagWithParenthesis().Replace(text, tag =>
        {
            var markup = tag.Groups[2];
            if (verbatim.Any(v => tag.Index >= v.Index && tag.Index < v.End) || !HasParenthesisOutsideStrings(markup.Value)) return tag.Value;
            var read = Read(markup.Value);
            warn(tag.Index, $"Liquid has no parentheses in conditions: '{markup.Value.Trim()}' is read as Jekyll reads it, '{read}'");
            var end = markup.Index + markup.Length;
            return $"{text[tag.Index..markup.Index]} {read} {text[end..(tag.Index + tag.Length)]}";
        });
    }

    private static bool HasParenthesisOutsideStrings(string markup) =>
        Fragment().Matches(markup).Any(f => f.Value[0] is not ('"' or '\'') && !Literal().IsMatch(f.Value) && f.Value.AsSpan().IndexOfAny('(', ')') >= 0);

    /// <summary>The markup as Liquid's lax parser reads it: each condition's operands and operator, joined by the same and/or.</summary>
    private static string Read(string markup)
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
        if (Literal().IsMatch(fragment) || fragment is "true" or "false" or "nil" or "null" or "empty" or "blank") return fragment;
        var names = VariableName().Matches(fragment).Select(m => m.Value).ToList();
        if (names.Count == 0 || char.IsAsciiDigit(names[0][0])) return "nil";
        var variable = new StringBuilder(names[0]);
        foreach (var name in names.Skip(1)) variable.Append(name[0] == '[' ? name : "." + name);
        return variable.ToString();
    }
}
