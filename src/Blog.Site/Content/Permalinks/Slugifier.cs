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
        if (mode == SlugMode.Latin) text = LatinApproximations.Transliterate(text);

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

    [GeneratedRegex(@"[ \t\r\n\f\v]+")]
    private static partial Regex RawSeparators();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}]+")]
    private static partial Regex DefaultSeparators();

    [GeneratedRegex(@"[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+")]
    private static partial Regex PrettySeparators();

    [GeneratedRegex(@"[^A-Za-z0-9]+")]
    private static partial Regex AsciiSeparators();
}
