using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>Utils.slugify</c> with its modes: <c>raw</c> (whitespace only), <c>default</c> (non letters/digits),
/// <c>pretty</c> (keeps <c>._~!$&amp;'()+,;=@</c>), <c>ascii</c> (non ASCII letters/digits), <c>latin</c> (accents
/// dropped first); runs become one dash, a leading and trailing dash are dropped, the result is lowercased.
/// </summary>
internal static partial class Slugifier
{
    public static readonly IReadOnlySet<string> Modes = new HashSet<string>(StringComparer.Ordinal) { "raw", "default", "pretty", "ascii", "latin" };

    [GeneratedRegex(@"\s+")]
    private static partial Regex Raw();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}]+")]
    private static partial Regex Default();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+")]
    private static partial Regex Pretty();

    [GeneratedRegex("[^A-Za-z0-9]+")]
    private static partial Regex Ascii();

    public static string Slugify(string text, string? mode = null, bool cased = false)
    {
        mode ??= "default";
        if (!Modes.Contains(mode)) return cased ? text : text.ToLowerInvariant();
        if (mode == "latin") text = Transliterate(text);
        var pattern = mode switch
        {
            "raw" => Raw(),
            "pretty" => Pretty(),
            "ascii" => Ascii(),
            _ => Default(),
        };
        var slug = pattern.Replace(text, "-");
        if (slug.StartsWith('-')) slug = slug[1..];
        if (slug.EndsWith('-')) slug = slug[..^1];
        return cased ? slug : slug.ToLowerInvariant();
    }

    /// <summary>As Ruby's I18n.transliterate: accents dropped, a few letters spelled out, anything else non-ASCII a <c>?</c>.</summary>
    private static string Transliterate(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (c < 128) { result.Append(c); continue; }
            result.Append(c switch
            {
                'ß' => "ss", 'æ' => "ae", 'Æ' => "AE", 'ø' => "o", 'Ø' => "O", 'œ' => "oe", 'Œ' => "OE",
                'ł' => "l", 'Ł' => "L", 'đ' => "d", 'Đ' => "D", 'þ' => "th", 'Þ' => "Th", 'ð' => "d", 'Ð' => "D",
                _ => "?",
            });
        }
        return result.ToString();
    }
}
