using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Site.Rendering.Highlighting.Engine;

/// <summary>
/// Compiles a rule's pattern, written in Ruby's regex dialect as Rouge's lexers are, into a .NET regex that behaves
/// like Ruby's StringScanner#skip: anchored at the scan position, <c>^ $</c> per line, and ASCII-only
/// <c>\w \d \s \h</c> (.NET's are Unicode-wide, Ruby's are not).
/// </summary>
internal static class RubyPattern
{
    /// <summary>A bad lexer regex must cost at most this much per step; the run then gives up (see <see cref="RegexRun"/>).</summary>
    public static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(500);

    private const string Word = "a-zA-Z0-9_", Digit = "0-9", Space = @" \t\n\v\f\r", Hex = "0-9a-fA-F";

    /// <summary>
    /// The rule's regex, interpreted: compiling to IL would match about 20% faster on blog-sized code but costs a
    /// second or more of compilation per language on first use, more than a 1,000-post build spends highlighting.
    /// </summary>
    public static Regex Compile(string pattern) =>
        new(@"\G(?:" + Translate(pattern) + ")", RegexOptions.Multiline | RegexOptions.CultureInvariant, MatchTimeout);

    /// <summary>Whether Rouge only tries the rule at the start of a line (its regex source begins with <c>^</c>).</summary>
    public static bool StartsAtLineStart(string pattern)
    {
        var at = 0;
        if (pattern.StartsWith("(?", StringComparison.Ordinal) && pattern.Length > 2 && char.IsLetter(pattern[2]))
        {
            var close = pattern.IndexOf(')');
            if (close > 0 && pattern.IndexOf(':', 0, close) < 0) at = close + 1;
        }
        return at < pattern.Length && pattern[at] == '^';
    }

    internal static string Translate(string pattern)
    {
        var result = new StringBuilder(pattern.Length + 16);
        var inClass = false;
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                var next = pattern[++i];
                var replacement = (next, inClass) switch
                {
                    ('w', false) => "[" + Word + "]",
                    ('w', true) => Word,
                    ('W', false) => "[^" + Word + "]",
                    ('d', false) => "[" + Digit + "]",
                    ('d', true) => Digit,
                    ('D', false) => "[^" + Digit + "]",
                    ('s', false) => "[" + Space + "]",
                    ('s', true) => Space,
                    ('S', false) => "[^" + Space + "]",
                    ('h', false) => "[" + Hex + "]",
                    ('h', true) => Hex,
                    _ => null,
                };
                if (replacement is null) result.Append(c).Append(next);
                else result.Append(replacement);
                continue;
            }
            if (c == '[' && !inClass) inClass = true;
            else if (c == ']' && inClass && pattern[i - 1] != '[' && !(pattern[i - 1] == '^' && pattern[i - 2] == '[')) inClass = false;
            result.Append(c);
        }
        return result.ToString();
    }
}
