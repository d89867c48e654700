using Blog.Site.Build.Incremental;
using Blog.Site.Content;
using Blog.Site.Rendering;

namespace Blog.Site.Outputs.Files.Sitemap;

/// <summary>
/// jekyll-sitemap's <c>sitemap.xml</c>, listing the pages and static files the build writes. It is made of the config,
/// <c>site.time</c>, every document's front matter and URL (generated pages follow from them and the config) and the
/// URLs and modification times of the static files it lists.
/// </summary>
/// <param name="written">Every document the build writes, generated pages (pagers, archives) included, in the build's order.</param>
/// <param name="staticFiles">The static files the build writes.</param>
public sealed class SitemapFile(SiteContent content, IReadOnlyList<Document> written, IReadOnlyList<StaticFile> staticFiles) : IGeneratedFile
{
    public string OutputPath => SitemapXml.OutputPath;

    public string Source => "(sitemap)";

    /// <remarks>
    /// Of the static files only those listed, by what the sitemap shows of them: a site's images and downloads are most
    /// of its files, and this is computed again on every rebuild while serving.
    /// </remarks>
    public string? Fingerprint(GeneratedFileInputs inputs) =>
        ContentHash.Of(inputs.Config, content.Settings.Time, inputs.Listing, SitemapXml.Listed(staticFiles).SelectMany(f => new object[] { f.Url, f.ModifiedTime }));

    public ValueTask<FileContent> WriteAsync(SiteRenderer renderer, CancellationToken cancellationToken)
    {
        // Documents as written: a plugin may have changed one (jekyll-redirect-from's redirect_to sets sitemap: false).
        var byOutput = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in written) byOutput.TryAdd(document.OutputPath, document);
        IReadOnlyList<Document> AsWritten(IReadOnlyList<Document> documents) =>
            documents.Select(d => byOutput.GetValueOrDefault(d.OutputPath, d)).ToList();
        return ValueTask.FromResult<FileContent>(SitemapXml.Write(content.Settings, AsWritten(content.Posts), HtmlPages(), staticFiles,
            content.Collections.Select(c => c with { Documents = AsWritten(c.Documents) }).ToList()));
    }

    /// <summary>
    /// The pages in Jekyll's <c>site.html_pages</c> order: the pages read, sorted by file name, then what generators
    /// added after the read (jekyll-paginate's later pages, jekyll-archives' pages), as jekyll-sitemap lists them.
    /// </summary>
    private IReadOnlyList<Document> HtmlPages()
    {
        var read = content.Pages.Select(p => p.OutputPath).ToHashSet(StringComparer.Ordinal);
        var planned = written.Where(d => !d.IsCollectionDocument).ToList();
        var byOutput = planned.GroupBy(d => d.OutputPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        return content.Pages.Select(p => byOutput.GetValueOrDefault(p.OutputPath)).OfType<Document>()
            .Concat(planned.Where(d => !read.Contains(d.OutputPath)))
            .ToList();
    }
}
