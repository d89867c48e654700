using System.Text.RegularExpressions;

namespace Blog.Site.Content.Permalinks;

/// <summary>
/// Fills a permalink template's <c>:placeholders</c> with escaped values (Jekyll's <c>URL#generate_url_from_drop</c>) and
/// sanitises the result. An unknown placeholder is an error, as in Jekyll.
/// </summary>
public static partial class UrlTemplate
{
    /// <summary>Returns the URL, or null and the name of the first placeholder <paramref name="values"/> cannot fill.</summary>
    public static string? Fill(string template, Func<string, string?> values, out string? unknown)
    {
        string? missing = null;
        string filled = Placeholder().Replace(template, match =>
        {
            string name = match.Groups[1].Value;
            // ':month_:day' means :month then '_': the regex cannot know, so a trailing '_' may be literal.
            string? value = values(name);
            string suffix = "";
            if (value is null && name.EndsWith('_'))
            {
                value = values(name[..^1]);
                suffix = "_";
            }
            if (value is null)
            {
                missing ??= name;
                return match.Value;
            }
            return UrlPath.Escape(value) + suffix;
        });
        unknown = missing;
        return missing is null ? UrlPath.Sanitize(filled) : null;
    }

    [GeneratedRegex(":([a-z_]+)")]
    private static partial Regex Placeholder();
}
