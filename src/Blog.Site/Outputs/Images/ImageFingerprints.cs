using Blog.Site.Content;

namespace Blog.Site.Outputs.Images;

/// <summary>
/// What a page's images add to its fingerprint: the hash of each image its text names (<see cref="ImageUrls.InText"/>),
/// since the page shows the image's size and versions. A page is rendered again when one of them changes, appears or
/// goes. Null when the site makes no image versions (its pages show images as written).
/// </summary>
internal sealed class ImageFingerprints
{
    private readonly Dictionary<string, StaticFile> _images;
    private readonly Func<StaticFile, string> _hashOf;
    private readonly string _baseUrl;

    private ImageFingerprints(SiteContent content, Func<StaticFile, string> hashOf)
    {
        _images = content.StaticFiles.Where(f => ImageHeader.IsRaster(f.OutputPath))
            .GroupBy(f => f.OutputPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        (_hashOf, _baseUrl) = (hashOf, content.Settings.BaseUrl);
    }

    public static ImageFingerprints? For(SiteContent content, Func<StaticFile, string> hashOf) =>
        ImageOptions.From(content.Settings).Enabled ? new ImageFingerprints(content, hashOf) : null;

    /// <summary>The images <paramref name="document"/> names, each with its bytes' hash ("" for one that is missing).</summary>
    public IEnumerable<string> Of(Document document) =>
        ImageUrls.InText(document.Body, document.Url, _baseUrl).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(path => path + "=" + (_images.TryGetValue(path, out var file) ? _hashOf(file) : ""));
}
