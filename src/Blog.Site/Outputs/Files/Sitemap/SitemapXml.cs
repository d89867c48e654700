using System.Xml;
using Blog.Site.Config;
using Blog.Site.Content;

namespace Blog.Site.Outputs.Files.Sitemap;

/// <summary>
/// jekyll-sitemap's <c>sitemap.xml</c>: posts oldest first and the documents of written collections (collections in
/// label order, posts among them) with <c>lastmod</c> (<c>last_modified_at</c> or date),
/// then the HTML pages (not <c>/404.html</c>; <c>lastmod</c> only from <c>last_modified_at</c>), then static
/// HTML and PDF files with their modification time. Anything with <c>sitemap: false</c> is left out.
/// </summary>
public static class SitemapXml
{
    public const string OutputPath = "sitemap.xml";
    public const string Plugin = "jekyll-sitemap";

    private const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string SchemaNamespace = "http://www.w3.org/2001/XMLSchema-instance";
    private const string SchemaLocation = "http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd";

    private static readonly string[] HtmlExtensions = [".html", ".htm", ".xhtml"];
    private static readonly string[] StaticExtensions = [".html", ".htm", ".xhtml", ".pdf"];

    /// <param name="posts"><c>site.posts</c> (newest first, as discovery orders them).</param>
    /// <param name="pages">Every page, generated ones (pagination, archives) included; only HTML outputs are listed.</param>
    /// <param name="collections">The custom collections: those written are listed with the posts, all in label order as jekyll-sitemap walks <c>site.collections</c>.</param>
    public static string Write(SiteSettings site, IReadOnlyList<Document> posts, IReadOnlyList<Document> pages, IReadOnlyList<StaticFile> staticFiles,
        IReadOnlyList<CollectionContent>? collections = null)
    {
        var output = new StringWriter();
        var settings = new XmlWriterSettings { Indent = true, IndentChars = "", NewLineChars = "\n" };
        using (var xml = XmlWriter.Create(output, settings))
        {
            // jekyll-sitemap's template declares "UTF-8" (XmlWriter would write the encoding's web name, "utf-8").
            xml.WriteProcessingInstruction("xml", "version=\"1.0\" encoding=\"UTF-8\"");
            xml.WriteStartElement("urlset", SitemapNamespace);
            xml.WriteAttributeString("xmlns", "xsi", null, SchemaNamespace);
            xml.WriteAttributeString("xsi", "schemaLocation", SchemaNamespace, SchemaLocation);

            var written = (collections ?? []).Where(c => c.Settings.Output).Select(c => (c.Settings.Label, c.Documents))
                .Append(("posts", posts.Reverse().ToList()))
                .OrderBy(c => c.Item1, StringComparer.Ordinal);
            foreach (var (_, documents) in written)
                foreach (var document in documents)
                {
                    if (!document.IncludeInSitemap) continue;
                    var modified = DataValues.Date(DataValues.Get(document.Data, "last_modified_at"), site.TimeZone) ?? document.Date;
                    WriteUrl(xml, site, document.Url, modified);
                }

            foreach (var page in pages)
            {
                if (!page.IncludeInSitemap || !IsHtml(page.OutputPath) || page.Url == "/404.html") continue;
                WriteUrl(xml, site, page.Url, DataValues.Date(DataValues.Get(page.Data, "last_modified_at"), site.TimeZone));
            }

            foreach (var file in Listed(staticFiles)) WriteUrl(xml, site, file.Url, TimeZoneInfo.ConvertTime(file.ModifiedTime, site.TimeZone));

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        output.Write('\n');
        return output.ToString();
    }

    private static void WriteUrl(XmlWriter xml, SiteSettings site, string url, DateTimeOffset? modified)
    {
        xml.WriteStartElement("url", SitemapNamespace);
        // jekyll-sitemap's xml_escape, which writes quotes and apostrophes as entities too (XmlWriter leaves them in text).
        xml.WriteStartElement("loc", SitemapNamespace);
        xml.WriteRaw(Rendering.Liquid.Filters.EscapeFilters.XmlEscape(XmlText.Clean(SiteUrls.Absolute(site, SiteUrls.WithoutIndexFile(url)))));
        xml.WriteEndElement();
        if (modified is { } date) xml.WriteElementString("lastmod", SitemapNamespace, XmlSchemaDate.Format(date));
        xml.WriteEndElement();
    }

    /// <summary>The static files the sitemap lists: HTML and PDF files but a static 404 page.</summary>
    public static IEnumerable<StaticFile> Listed(IEnumerable<StaticFile> staticFiles) =>
        staticFiles.Where(f => HasExtension(f.OutputPath, StaticExtensions) && Path.GetFileName(f.RelativePath) != "404.html");

    private static bool IsHtml(string outputPath) => HasExtension(outputPath, HtmlExtensions);

    private static bool HasExtension(string path, string[] extensions) =>
        extensions.Contains(Path.GetExtension(path), StringComparer.OrdinalIgnoreCase);
}
