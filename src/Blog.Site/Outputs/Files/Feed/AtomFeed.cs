using System.Text;
using System.Xml;
using Blog.Site.Config;
using Blog.Site.Content;

namespace Blog.Site.Outputs.Files.Feed;

/// <summary>
/// jekyll-feed's Atom document: the newest posts (10 unless <c>feed.posts_limit</c>), each with title, link,
/// dates, id, content (unless <c>feed.excerpt_only</c>), author, categories, tags, summary and image.
/// Written with <see cref="XmlWriter"/>, so every value is escaped and the result is well-formed.
/// </summary>
public static class AtomFeed
{
    public const string Plugin = "jekyll-feed";
    private const string AtomNamespace = "http://www.w3.org/2005/Atom";
    private const string MediaNamespace = "http://search.yahoo.com/mrss/";

    /// <summary>The output path of the feed relative to the destination (<c>feed.path</c>, default <c>feed.xml</c>).</summary>
    public static string OutputPath(SiteSettings site) => FeedOptions.From(site).Path;

    /// <summary>How many posts the feed lists, so only those are rendered for it.</summary>
    public static int FeedPostLimit(SiteSettings site) => FeedOptions.From(site).PostsLimit;

    /// <summary>
    /// The posts the feed lists, newest first: <c>site.posts</c> without drafts (unless drafts are shown), sorted by date,
    /// cut at <see cref="FeedPostLimit"/>. Posts of the same date come in the order of their paths, the reverse of
    /// <c>site.posts</c>: that is what jekyll-feed's <c>sort: "date" | reverse</c> gives with Ruby's sort (checked against
    /// Jekyll 4.3 on sites of 7 to 301 posts with many ties).
    /// </summary>
    public static IReadOnlyList<Document> SelectPosts(SiteSettings site, IReadOnlyList<Document> posts) =>
        posts.Where(p => site.Drafts || p.Kind != DocumentKind.Draft)
             .OrderByDescending(p => p.Date)
             .ThenBy(p => p.RelativePath, StringComparer.Ordinal)
             .Take(FeedPostLimit(site))
             .ToList();

    public static string Write(SiteSettings site, IReadOnlyList<FeedEntry> newestPosts) =>
        Write(site, newestPosts, siteData: null);

    /// <param name="siteData"><c>site.data</c>, for authors named by key in <c>_data/authors.yml</c>.</param>
    public static string Write(SiteSettings site, IReadOnlyList<FeedEntry> newestPosts, IReadOnlyDictionary<string, object?>? siteData)
    {
        var options = FeedOptions.From(site);
        var entries = newestPosts.Take(options.PostsLimit).ToList();
        var output = new Utf8StringWriter();
        using (var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = false, NewLineHandling = NewLineHandling.None }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("feed", AtomNamespace);
            if (Config(site, "lang") is { } lang) xml.WriteAttributeString("xml", "lang", null, XmlText.Clean(lang));

            xml.WriteStartElement("generator", AtomNamespace);
            xml.WriteString("Blog");
            xml.WriteEndElement();
            WriteLink(xml, SiteUrls.Absolute(site, options.Url), "self", "application/atom+xml", title: null);
            WriteLink(xml, SiteUrls.Absolute(site, "/"), "alternate", "text/html", title: null, hreflang: Config(site, "lang"));
            WriteElement(xml, "updated", XmlSchemaDate.Format(Updated(site)));
            WriteElement(xml, "id", SiteUrls.Absolute(site, options.Url));

            var title = Config(site, "title") ?? Config(site, "name");
            // type="html": a reader renders the unescaped text as HTML, so tags go, as for the entries' titles
            // (jekyll-feed keeps them here, which lets a site title like "<script>..." run in feed readers).
            if (title is not null) WriteElement(xml, "title", XmlText.Clean(HtmlText.ToHtmlText(Smart(title))), type: "html");
            if (Config(site, "description") is { } subtitle) WriteElement(xml, "subtitle", XmlText.Clean(subtitle));
            if (Author.Resolve(null, null, DataValues.Get(site.Values, "author"), null) is { } siteAuthor)
                WriteAuthor(xml, siteAuthor);

            foreach (var entry in entries) WriteEntry(xml, site, options, entry, siteData);

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }
        return output.ToString();
    }

    /// <summary>
    /// <c>site.time</c>, as jekyll-feed writes it. Builds stay reproducible because the build time itself is
    /// (<c>time:</c> in the config, else SOURCE_DATE_EPOCH).
    /// </summary>
    private static DateTimeOffset Updated(SiteSettings site) => TimeZoneInfo.ConvertTime(site.Time, site.TimeZone);

    private static DateTimeOffset EntryUpdated(SiteSettings site, Document post) =>
        DataValues.Date(DataValues.Get(post.Data, "last_modified_at"), site.TimeZone) ?? post.Date;

    /// <summary>jekyll-feed passes titles through <c>smartify</c>: "It's" is written "It’s", as on the pages.</summary>
    private static string Smart(string title) => Rendering.Liquid.Filters.SmartifyFilter.Smartify(title);

    private static void WriteEntry(XmlWriter xml, SiteSettings site, FeedOptions options, FeedEntry entry, IReadOnlyDictionary<string, object?>? siteData)
    {
        var post = entry.Post;
        var url = SiteUrls.Absolute(site, post.Url);
        var rawTitle = Smart(post.Title ?? DataValues.Text(DataValues.Get(post.Data, "title")) ?? "");
        var title = XmlText.Clean(HtmlText.ToPlainText(rawTitle));

        xml.WriteStartElement("entry", AtomNamespace);
        if (DataValues.Text(DataValues.Get(post.Data, "lang")) is { } lang) xml.WriteAttributeString("xml", "lang", null, XmlText.Clean(lang));
        WriteElement(xml, "title", XmlText.Clean(HtmlText.ToHtmlText(rawTitle)), type: "html");
        WriteLink(xml, url, "alternate", "text/html", title);
        WriteElement(xml, "published", XmlSchemaDate.Format(post.Date));
        WriteElement(xml, "updated", XmlSchemaDate.Format(EntryUpdated(site, post)));
        WriteElement(xml, "id", SiteUrls.Absolute(site, post.Id.Length > 0 ? post.Id : post.Url));

        var excerptOnly = DataValues.Get(post.Data, "feed", "excerpt_only") is { } own ? DataValues.IsTrue(own) : options.ExcerptOnly;
        if (!excerptOnly)
        {
            xml.WriteStartElement("content", AtomNamespace);
            xml.WriteAttributeString("type", "html");
            xml.WriteAttributeString("xml", "base", null, XmlText.Clean(url));
            xml.WriteCData(XmlText.Clean(entry.ContentHtml.Trim()));
            xml.WriteEndElement();
        }

        var author = Author.Resolve(DataValues.Get(post.Data, "author"), DataValues.Get(post.Data, "authors"), DataValues.Get(site.Values, "author"), siteData);
        WriteAuthor(xml, author ?? new Author(""));

        foreach (var term in CategoryTerms(post)) WriteCategory(xml, term);
        foreach (var tag in post.Tags) WriteCategory(xml, tag);

        // post.description | default: post.excerpt, and an excerpt the front matter gives is the post's excerpt (Jekyll makes one only when it has none).
        var summary = DataValues.Text(DataValues.Get(post.Data, "description")) ?? DataValues.Text(DataValues.Get(post.Data, "excerpt")) ?? entry.ExcerptHtml;
        // jekyll-feed's strip_html | normalize_whitespace inside CDATA: entities stay as written.
        var summaryText = HtmlText.ToSummary(summary);
        if (summaryText.Length > 0)
        {
            xml.WriteStartElement("summary", AtomNamespace);
            xml.WriteAttributeString("type", "html");
            xml.WriteCData(XmlText.Clean(summaryText));
            xml.WriteEndElement();
        }

        if (ImagePath(post) is { } image)
        {
            var imageUrl = SiteUrls.Absolute(site, image);
            xml.WriteStartElement("media", "thumbnail", MediaNamespace);
            xml.WriteAttributeString("url", XmlText.Clean(imageUrl));
            xml.WriteEndElement();
            xml.WriteStartElement("media", "content", MediaNamespace);
            xml.WriteAttributeString("medium", "image");
            xml.WriteAttributeString("url", XmlText.Clean(imageUrl));
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
    }

    /// <summary>jekyll-feed prints the singular <c>category</c> when the front matter has one, else every category.</summary>
    private static IEnumerable<string> CategoryTerms(Document post) =>
        DataValues.Text(DataValues.Get(post.Data, "category")) is { } single ? [single] : post.Categories;

    private static string? ImagePath(Document post)
    {
        var image = DataValues.Get(post.Data, "image");
        return DataValues.Text(DataValues.Get(image, "path")) ?? DataValues.Text(image);
    }

    private static void WriteAuthor(XmlWriter xml, Author author)
    {
        xml.WriteStartElement("author", AtomNamespace);
        WriteElement(xml, "name", XmlText.Clean(author.Name));
        if (author.Email is { } email) WriteElement(xml, "email", XmlText.Clean(email));
        if (author.Uri is { } uri) WriteElement(xml, "uri", XmlText.Clean(uri));
        xml.WriteEndElement();
    }

    private static void WriteCategory(XmlWriter xml, string term)
    {
        xml.WriteStartElement("category", AtomNamespace);
        xml.WriteAttributeString("term", XmlText.Clean(term));
        xml.WriteEndElement();
    }

    private static void WriteLink(XmlWriter xml, string href, string rel, string type, string? title, string? hreflang = null)
    {
        xml.WriteStartElement("link", AtomNamespace);
        // Config and front matter values reach these: characters XML cannot carry are dropped here, once for all.
        xml.WriteAttributeString("href", XmlText.Clean(href));
        xml.WriteAttributeString("rel", rel);
        xml.WriteAttributeString("type", type);
        if (hreflang is not null) xml.WriteAttributeString("hreflang", XmlText.Clean(hreflang));
        if (title is not null) xml.WriteAttributeString("title", XmlText.Clean(title));
        xml.WriteEndElement();
    }

    private static void WriteElement(XmlWriter xml, string name, string text, string? type = null)
    {
        xml.WriteStartElement(name, AtomNamespace);
        if (type is not null) xml.WriteAttributeString("type", type);
        xml.WriteString(XmlText.Clean(text));
        xml.WriteEndElement();
    }

    private static string? Config(SiteSettings site, string key) => DataValues.Text(DataValues.Get(site.Values, key));
}
