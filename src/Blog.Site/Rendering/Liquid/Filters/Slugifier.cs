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

    /// <summary>Latin letters with accents (Latin-1 and Latin Extended-A) and their ASCII spellings, as I18n's defaults.</summary>
    private static readonly IReadOnlyDictionary<char, string> LatinToAscii =
        "ÀA ÁA ÂA ÃA ÄA ÅA ÆAE ÇC ÈE ÉE ÊE ËE ÌI ÍI ÎI ÏI ÐD ÑN ÒO ÓO ÔO ÕO ÖO ØO ÙU ÚU ÛU ÜU ÝY ÞTh ßss àa áa âa ãa äa åa æae çc èe ée êe ëe ìi íi îi ïi ðd ñn òo óo ôo õo öo øo ùu úu ûu üu ýy þth ÿy ĀA āa ĂA ăa ĄA ąa ĆC ćc ĈC ĉc ĊC ċc ČC čc ĎD ďd ĐD đd ĒE ēe ĔE ĕe ĖE ėe ĘE ęe ĚE ěe ĜG ĝg ĞG ğg ĠG ġg ĢG ģg ĤH ĥh ĦH ħh ĨI ĩi ĪI īi ĬI ĭi ĮI įi İI ıi ĲIJ ĳij ĴJ ĵj ĶK ķk ĸk ĹL ĺl ĻL ļl ĽL ľl ĿL ŀl ŁL łl ŃN ńn ŅN ņn ŇN ňn ŉ'n ŊN ŋn ŌO ōo ŎO ŏo ŐO őo ŒOE œoe ŔR ŕr ŖR ŗr ŘR řr ŚS śs ŜS ŝs ŞS şs ŠS šs ŢT ţt ŤT ťt ŦT ŧt ŨU ũu ŪU ūu ŬU ŭu ŮU ůu ŰU űu ŲU ųu ŴW ŵw ŶY ŷy ŸY ŹZ źz ŻZ żz ŽZ žz ſs"
            .Split(' ').ToDictionary(pair => pair[0], pair => pair[1..]);

    /// <summary>As Ruby's I18n.transliterate: Latin letters spelled in ASCII, anything else non-ASCII a <c>?</c>.</summary>
    private static string Transliterate(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c < 128) result.Append(c);
            else result.Append(LatinToAscii.TryGetValue(c, out var ascii) ? ascii : "?");
        }
        return result.ToString();
    }
}
