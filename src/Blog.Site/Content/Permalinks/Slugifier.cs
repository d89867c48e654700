using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Site.Content.Permalinks;

/// <summary>Jekyll's slugify modes (<c>Utils.slugify</c>).</summary>
public enum SlugMode { None, Raw, Default, Pretty, Ascii, Latin }

/// <summary>
/// Jekyll 4.3's <c>Utils.slugify</c>: the one implementation behind the <c>:title</c>/<c>:slug</c>/<c>:name</c>
/// permalink placeholders and the <c>slugify</c> Liquid filter. Unicode letters, marks and decimal digits are kept
/// (so <c>Grüße</c> stays <c>grüße</c>); runs of anything else become one hyphen.
/// </summary>
public static partial class Slugifier
{
    public static SlugMode ParseMode(string? mode) => mode switch
    {
        null or "" or "default" => SlugMode.Default,
        "raw" => SlugMode.Raw,
        "pretty" => SlugMode.Pretty,
        "ascii" => SlugMode.Ascii,
        "latin" => SlugMode.Latin,
        _ => SlugMode.None,
    };

    public static string Slugify(string text, SlugMode mode = SlugMode.Default, bool cased = false)
    {
        if (mode == SlugMode.None) return cased ? text : text.ToLowerInvariant();
        if (mode == SlugMode.Latin) text = Transliterate(text);

        var replaceable = mode switch
        {
            SlugMode.Raw => RawSeparators(),
            SlugMode.Pretty => PrettySeparators(),
            SlugMode.Ascii => AsciiSeparators(),
            _ => DefaultSeparators(),
        };
        string slug = replaceable.Replace(text, "-");
        // Ruby's gsub(/^-|-$/) removes one hyphen at each end.
        if (slug.StartsWith('-')) slug = slug[1..];
        if (slug.EndsWith('-')) slug = slug[..^1];
        return cased ? slug : slug.ToLowerInvariant();
    }

    // I18n.transliterate: accented Latin letters lose their accents; other non-ASCII letters become '?'.
    private static string Transliterate(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark)
                continue;
            builder.Append(c < 128 ? c : c switch { 'ß' => "ss", 'æ' => "ae", 'Æ' => "AE", 'ø' => "o", 'Ø' => "O", 'đ' => "d", 'Đ' => "D", 'ł' => "l", 'Ł' => "L", _ => "?" });
        }
        return builder.ToString();
    }

    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex RawSeparators();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}]+")]
    private static partial Regex DefaultSeparators();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+")]
    private static partial Regex PrettySeparators();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex AsciiSeparators();
}
