using Blog.Site.Config;

namespace Blog.Site.Outputs.Images;

/// <summary>
/// The <c>images:</c> config: whether a document's local images get their size, lazy loading and smaller and WebP
/// versions (off unless the site asks: a Jekyll site's output stays Jekyll's), the widths to make, the encoders'
/// quality, the largest image accepted, and the cache folder (Jekyll's <c>cache_dir</c>, so it is outside the output,
/// never read as content and ignored by the watcher).
/// </summary>
public sealed record ImageOptions(bool Enabled, IReadOnlyList<int> Widths, bool Webp, int Quality, long MaxPixels, string CacheFolder)
{
    public static readonly IReadOnlyList<int> DefaultWidths = [480, 960];
    public const int DefaultQuality = 80;

    /// <summary>40 megapixels (a 7,000 × 5,700 photo): a larger image would take gigabytes to decode; it is refused from its header.</summary>
    public const long DefaultMaxPixels = 40_000_000;

    public static ImageOptions From(SiteSettings site)
    {
        var images = DataValues.Get(site.Values, "images");
        var widths = DataValues.Get(images, "widths") is IEnumerable<object?> list
            ? list.Select(DataValues.Integer).OfType<int>().Where(w => w > 0).Distinct().Order().ToList()
            : DefaultWidths;
        return new ImageOptions(
            DataValues.IsTrue(DataValues.Get(images, "enabled")),
            widths,
            !DataValues.IsFalse(DataValues.Get(images, "webp")),
            Math.Clamp(DataValues.Integer(DataValues.Get(images, "quality")) ?? DefaultQuality, 1, 100),
            DataValues.Integer(DataValues.Get(images, "max_pixels")) is { } max and > 0 ? max : DefaultMaxPixels,
            Path.Combine(site.CacheFolder, "blog-images"));
    }

    /// <summary>What the made versions depend on besides the image's bytes: a cache entry is the same only with these the same.</summary>
    public string EncodingKey => $"q{Quality}";
}
