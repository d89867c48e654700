using System.Text;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Ruby's <c>String#gsub</c> and <c>#sub</c> with a text to find, which Liquid's <c>replace</c> and <c>replace_first</c>
/// are: the replacement is Ruby's, where <c>\\</c> is one backslash, <c>\0</c> and <c>\&amp;</c> the text found,
/// <c>\`</c> and <c>\'</c> the text before and after it, <c>\1</c>...<c>\9</c> nothing (a text has no groups), and any
/// other backslash stays. Themes escape JSON this way (<c>replace: '"', '\\"'</c> writes <c>\"</c>); Fluid wrote the
/// replacement as it is. An empty text to find is found before every character and at the end.
/// </summary>
internal static class RubySubstitution
{
    public static string Replace(string text, string find, string replacement, bool all)
    {
        var result = new StringBuilder(text.Length);
        var copied = 0; // where the text not yet written starts
        var from = 0;
        while (from <= text.Length)
        {
            var found = find.Length == 0 ? from : text.IndexOf(find, from, StringComparison.Ordinal);
            if (found < 0) break;
            result.Append(text, copied, found - copied);
            Expand(result, replacement, text, found, find.Length);
            copied = found + find.Length;
            if (!all) break;
            // After an empty match the next is one character on (a surrogate pair is one character to Ruby).
            from = find.Length > 0 ? copied : found + (found < text.Length - 1 && char.IsHighSurrogate(text[found]) ? 2 : 1);
        }
        return result.Append(text, copied, text.Length - copied).ToString();
    }

    private static void Expand(StringBuilder result, string replacement, string text, int at, int length)
    {
        for (var i = 0; i < replacement.Length; i++)
        {
            if (replacement[i] != '\\' || i + 1 == replacement.Length)
            {
                result.Append(replacement[i]);
                continue;
            }
            switch (replacement[++i])
            {
                case '\\': result.Append('\\'); break;
                case '0' or '&': result.Append(text, at, length); break;
                case >= '1' and <= '9': break;
                case '`': result.Append(text, 0, at); break;
                case '\'': result.Append(text, at + length, text.Length - at - length); break;
                default: result.Append('\\').Append(replacement[i]); break;
            }
        }
    }
}
