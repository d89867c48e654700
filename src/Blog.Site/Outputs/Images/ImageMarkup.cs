using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Blog.Site.Checks;
using Blog.Site.Content;
using Blog.Site.Rendering;
using SkiaSharp;

namespace Blog.Site.Outputs.Images;

/// <summary>
/// A document's local images in its rendered HTML (<c>![alt](/assets/img/x.png)</c> and <c>&lt;img&gt;</c> alike) get
/// their intrinsic <c>width</c> and <c>height</c> (the browser reserves their space: no layout shift), lazy loading,
/// and a <c>srcset</c> of the smaller versions, inside a <c>&lt;picture&gt;</c> whose WebP <c>&lt;source&gt;</c>
/// browsers that read WebP take. What the author wrote stays (their <c>width</c>, <c>loading</c>, <c>srcset</c> win).
/// Below the first screen: a document's first image is loaded eagerly with <c>fetchpriority="high"</c> when it
/// begins in the first <see cref="FirstScreen"/> characters of the content (above the fold under the title); every
/// other image, and every image of an excerpt shown in a listing, loads lazily.
/// A missing or unusable image is an error, and one without <c>alt</c> a warning, at the file, line and column
/// where the image was written.
/// </summary>
internal sealed partial class ImageMarkup(SiteImages images, string baseUrl, RenderErrors errors)
{
    /// <summary>About one screen of HTML under a post's title: a heading, a paragraph or two.</summary>
    public const int FirstScreen = 1500;

    /// <param name="isContent">The document's whole content (its page), not an excerpt shown in a listing.</param>
    /// <param name="stack">Where the render records each image it shows (<see cref="SiteInput.Image"/>): its bytes are part of the page.</param>
    public string Rewrite(string html, Document document, bool isContent, RenderStack stack)
    {
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase)) return html;
        var first = true;
        return ImageOrPicture().Replace(html, m =>
        {
            // A <picture> the author wrote is theirs.
            if (m.Value.StartsWith("<picture", StringComparison.OrdinalIgnoreCase)) return m.Value;
            var eager = first && isContent && m.Index < FirstScreen;
            first = false;
            return RewriteTag(m.Value, document, eager, stack);
        });
    }

    private string RewriteTag(string tag, Document document, bool eager, RenderStack stack)
    {
        var attributes = Attributes(tag);
        if (attributes.GetValueOrDefault("src") is not { } src || ImageUrls.OutputPath(src, document.Url, baseUrl) is not { } outputPath) return tag;
        stack.Reads?.AddInput(SiteInput.Image(outputPath));
        var (image, failure) = images.Find(outputPath);
        if (failure is not null)
        {
            errors.Error(LinkOrigins.InDocument(document, src), $"image \"{src}\": {failure}");
            return tag;
        }
        if (image is null)
        {
            if (ImageHeader.IsRaster(outputPath))
                errors.Error(LinkOrigins.InDocument(document, src), $"image \"{src}\" not found: add the file {outputPath} to the site, or fix the path");
            return tag;
        }
        if (!attributes.TryGetValue("alt", out var alt) || (alt.Length == 0 && WrittenWithoutAlt(document.Body, outputPath)))
            errors.Warning(LinkOrigins.InDocument(document, src),
                $"image \"{src}\" has no alt text: describe what it shows (![what it shows]({src})), or write alt=\"\" if it is decoration");

        var (width, height) = (image.Header.Width, image.Header.Height);
        var added = new StringBuilder();
        if (!attributes.ContainsKey("width") && !attributes.ContainsKey("height")) added.Append(CultureInfo.InvariantCulture, $" width=\"{width}\" height=\"{height}\"");
        if (!attributes.ContainsKey("loading") && !attributes.ContainsKey("fetchpriority"))
            added.Append(eager ? " fetchpriority=\"high\"" : " loading=\"lazy\"");
        if (!attributes.ContainsKey("decoding")) added.Append(" decoding=\"async\"");
        // The author's own srcset or a URL the versions cannot be named beside: sizes only.
        var stem = image.File.OutputPath[..^Path.GetExtension(image.File.OutputPath).Length];
        var extension = Path.GetExtension(image.File.OutputPath);
        if (attributes.ContainsKey("srcset") || !src.EndsWith(extension, StringComparison.Ordinal)) return Insert(tag, added.ToString());

        var sizes = $"(max-width: {width}px) 100vw, {width}px";
        var srcStem = src[..^extension.Length];
        string SrcSet(IEnumerable<ImageVariant> variants, string? full) => string.Join(", ",
            variants.Select(v => $"{srcStem}{v.OutputPath[stem.Length..]} {v.Width}w").Concat(full is null ? [] : [$"{full} {width}w"]));
        var same = image.Variants.Where(v => v.Format == image.Header.Format).ToList();
        if (same.Count > 0) added.Append($" srcset=\"{SrcSet(same, src)}\" sizes=\"{sizes}\"");
        var webp = image.Variants.Where(v => v.Format == SKEncodedImageFormat.Webp && image.Header.Format != SKEncodedImageFormat.Webp).ToList();
        var img = Insert(tag, added.ToString());
        return webp.Count == 0 ? img : $"<picture><source type=\"image/webp\" srcset=\"{SrcSet(webp, null)}\" sizes=\"{sizes}\">{img}</picture>";
    }

    /// <summary>
    /// Markdown gives <c>![](x.png)</c> an empty <c>alt</c>, which in HTML means decoration: written in Markdown, an
    /// image with empty brackets has simply not been described.
    /// </summary>
    private static bool WrittenWithoutAlt(string body, string outputPath)
    {
        var name = Path.GetFileName(outputPath);
        foreach (Match m in MarkdownWithoutAlt().Matches(body))
            if (m.Groups["url"].Value.EndsWith(name, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>The tag with <paramref name="attributes"/> before its end (<c>&gt;</c> or <c> /&gt;</c>).</summary>
    private static string Insert(string tag, string attributes)
    {
        var end = tag.EndsWith("/>", StringComparison.Ordinal) ? tag.Length - 2 : tag.Length - 1;
        while (end > 0 && char.IsWhiteSpace(tag[end - 1])) end--;
        return tag[..end] + attributes + tag[end..];
    }

    /// <summary>The tag's attributes, by lower-case name, values as written (HTML-escaped).</summary>
    private static Dictionary<string, string> Attributes(string tag)
    {
        var attributes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match m in Attribute().Matches(tag, 4))
            attributes.TryAdd(m.Groups["name"].Value.ToLowerInvariant(),
                m.Groups["dq"].Success ? m.Groups["dq"].Value : m.Groups["sq"].Success ? m.Groups["sq"].Value : m.Groups["bare"].Value);
        return attributes;
    }

    [GeneratedRegex(@"!\[\s*\]\(\s*<?(?<url>[^)\s>]+)")]
    private static partial Regex MarkdownWithoutAlt();

    [GeneratedRegex(@"<picture\b[\s\S]*?</picture\s*>|<img\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex ImageOrPicture();

    [GeneratedRegex("""(?<name>[^\s"'>/=]+)(?:\s*=\s*(?:"(?<dq>[^"]*)"|'(?<sq>[^']*)'|(?<bare>[^\s"'=<>`]+)))?""")]
    private static partial Regex Attribute();
}
