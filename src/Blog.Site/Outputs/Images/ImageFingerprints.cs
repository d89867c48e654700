using Blog.Site.Content;
using Blog.Site.Rendering;

namespace Blog.Site.Outputs.Images;

/// <summary>
/// What a page's images add to its fingerprint: the bytes' hash of each image its render showed (recorded by
/// <see cref="ImageMarkup"/> as <see cref="SiteInput.Image"/>, including images in other documents' contents and
/// excerpts it shows, and paths built in Liquid), since the page holds the image's size and versions. A page is
/// rendered again when one of them changes, appears or goes.
/// </summary>
internal sealed class ImageFingerprints(SiteContent content, Func<StaticFile, string> hashOf)
{
    private readonly Lazy<Dictionary<string, StaticFile>> _files = new(() => content.StaticFiles
        .GroupBy(f => f.OutputPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal));

    /// <summary>The hash of the image's bytes at <paramref name="outputPath"/>; "" when there is none.</summary>
    public string HashOf(string outputPath) => _files.Value.TryGetValue(outputPath, out var file) ? hashOf(file) : "";
}
