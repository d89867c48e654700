using System.Text;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>Percent-encoding as Jekyll's filters do it (Addressable's normalisation and Ruby's CGI).</summary>
internal static class UriText
{
    private const string Unreserved = "-._~";
    private const string Reserved = ":/?#[]@!$&'()*+,;=";

    /// <summary>
    /// Addressable's component normalisation (<c>uri_escape</c>, and URLs made by <c>relative_url</c>): reserved
    /// characters and existing <c>%XX</c> escapes stay, anything else outside ASCII letters and digits is encoded.
    /// </summary>
    public static string Normalize(string text) => Normalize(text, Reserved, uppercaseEscapes: false);

    /// <summary>
    /// Addressable's normalisation of a whole URL (<c>relative_url</c>, <c>absolute_url</c>): as <see cref="Normalize(string)"/>,
    /// but <c>[</c> and <c>]</c>, which only a host may hold, are encoded, and existing escapes are written in capitals.
    /// </summary>
    public static string NormalizeUrl(string text) => Normalize(text, UrlReserved, uppercaseEscapes: true);

    private const string UrlReserved = ":/?#@!$&'()*+,;=";

    private static string Normalize(string text, string reserved, bool uppercaseEscapes)
    {
        if (text.All(c => c < 128 && (char.IsAsciiLetterOrDigit(c) || Unreserved.Contains(c) || reserved.Contains(c) || (c == '%' && !uppercaseEscapes))))
            return text;
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '%' && i + 2 < text.Length && char.IsAsciiHexDigit(text[i + 1]) && char.IsAsciiHexDigit(text[i + 2]))
            {
                result.Append(c);
                if (!uppercaseEscapes) continue;
                result.Append(char.ToUpperInvariant(text[i + 1])).Append(char.ToUpperInvariant(text[i + 2]));
                i += 2;
            }
            else if (c < 128 && (char.IsAsciiLetterOrDigit(c) || Unreserved.Contains(c) || reserved.Contains(c)))
                result.Append(c);
            else
                AppendEncoded(result, text, ref i);
        }
        return result.ToString();
    }

    /// <summary>Ruby's <c>CGI.escape</c> (<c>cgi_escape</c>): form encoding, space as <c>+</c>.</summary>
    public static string FormEncode(string text)
    {
        var result = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == ' ') result.Append('+');
            else if (c < 128 && (char.IsAsciiLetterOrDigit(c) || Unreserved.Contains(c))) result.Append(c);
            else AppendEncoded(result, text, ref i);
        }
        return result.ToString();
    }

    private static void AppendEncoded(StringBuilder result, string text, ref int i)
    {
        var length = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
        foreach (var b in Encoding.UTF8.GetBytes(text.Substring(i, length))) result.Append('%').Append(b.ToString("X2"));
        i += length - 1;
    }

    public static bool IsAbsolute(string url)
    {
        var colon = url.IndexOf(':');
        if (colon <= 0 || !char.IsAsciiLetter(url[0])) return false;
        for (var i = 1; i < colon; i++)
            if (!(char.IsAsciiLetterOrDigit(url[i]) || url[i] is '+' or '-' or '.')) return false;
        return true;
    }
}
