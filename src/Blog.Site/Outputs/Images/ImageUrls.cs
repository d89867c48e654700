using System.Net;
using System.Text.RegularExpressions;

namespace Blog.Site.Outputs.Images;

/// <summary>Which output file an image URL written in a page names, by the rules a static host serves it with.</summary>
internal static partial class ImageUrls
{
    /// <summary>
    /// The output path (<c>assets/img/x.png</c>) of <paramref name="src"/> as written in HTML on the page at
    /// <paramref name="pageUrl"/>; null for another site's image, a <c>data:</c> URL, or one with a query or fragment.
    /// </summary>
    public static string? OutputPath(string src, string pageUrl, string baseUrl)
    {
        var url = WebUtility.HtmlDecode(src).Trim();
        if (url.Length == 0 || url.StartsWith("//", StringComparison.Ordinal) || Scheme().IsMatch(url) || url.IndexOfAny(['?', '#']) >= 0) return null;
        url = Uri.UnescapeDataString(url);
        var baseUrlPath = "/" + baseUrl.Trim('/');
        if (url.StartsWith('/'))
        {
            if (baseUrlPath.Length > 1 && url.StartsWith(baseUrlPath + "/", StringComparison.Ordinal)) url = url[baseUrlPath.Length..];
        }
        else url = pageUrl[..(pageUrl.LastIndexOf('/') + 1)] + url;
        var segments = new List<string>();
        foreach (var segment in url.Split('/'))
        {
            if (segment is "" or ".") continue;
            if (segment == "..")
            {
                if (segments.Count > 0) segments.RemoveAt(segments.Count - 1);
            }
            else segments.Add(segment);
        }
        return string.Join('/', segments);
    }

    [GeneratedRegex(@"^[a-zA-Z][a-zA-Z0-9+.-]*:")]
    private static partial Regex Scheme();
}
