using System.Text;

namespace Blog.Site.Outputs.Liquid.Seo;

/// <summary>The HTML <c>{% seo %}</c> prints, in jekyll-seo-tag's order; every value attribute-escaped.</summary>
public static class SeoMarkup
{
    public static string Write(SeoData seo, bool includeTitle)
    {
        var html = new StringBuilder(1024);
        if (includeTitle && seo.Title is { } title) html.Append("<title>").Append(HtmlAttribute.Escape(title)).Append("</title>\n");
        if (seo.PageTitle is { } pageTitle) Meta(html, "property", "og:title", pageTitle);
        if (seo.Author is { } author) Meta(html, "name", "author", author.Name);
        Meta(html, "property", "og:locale", seo.Locale);
        if (seo.Description is { } description)
        {
            Meta(html, "name", "description", description);
            Meta(html, "property", "og:description", description);
        }
        // jekyll-seo-tag writes them when site.url is set at all: `url: ""` (as `jekyll new` writes it) gives paths.
        if (seo.HasSiteUrl)
        {
            Link(html, "canonical", seo.CanonicalUrl);
            Meta(html, "property", "og:url", seo.CanonicalUrl);
        }
        if (seo.SiteTitle is { } siteTitle) Meta(html, "property", "og:site_name", siteTitle);
        if (seo.Image is { } image) Meta(html, "property", "og:image", image);
        if (seo.DatePublished is { } published)
        {
            Meta(html, "property", "og:type", "article");
            Meta(html, "property", "article:published_time", XmlSchemaDate.Format(published));
        }
        else
        {
            Meta(html, "property", "og:type", "website");
        }
        if (seo.PreviousUrl is { } previous) Link(html, "prev", previous);
        if (seo.NextUrl is { } next) Link(html, "next", next);
        if (seo.Image is { } cardImage)
        {
            Meta(html, "name", "twitter:card", "summary_large_image");
            Meta(html, "property", "twitter:image", cardImage);
        }
        else
        {
            Meta(html, "name", "twitter:card", "summary");
        }
        if (seo.PageTitle is { } twitterTitle) Meta(html, "property", "twitter:title", twitterTitle);
        if (seo.TwitterSite is { } twitterSite)
        {
            Meta(html, "name", "twitter:site", "@" + twitterSite);
            // jekyll-seo-tag takes the author's name as the handle when no twitter is given.
            if ((seo.Author?.Twitter ?? seo.Author?.Name) is { } creator) Meta(html, "name", "twitter:creator", "@" + creator.Replace("@", "", StringComparison.Ordinal));
        }
        html.Append("<script type=\"application/ld+json\">\n").Append(JsonLd.Write(seo)).Append("</script>\n");
        return html.ToString();
    }

    private static void Meta(StringBuilder html, string attribute, string key, string content) =>
        html.Append("<meta ").Append(attribute).Append("=\"").Append(key).Append("\" content=\"")
            .Append(HtmlAttribute.Escape(content)).Append("\" />\n");

    private static void Link(StringBuilder html, string rel, string href) =>
        html.Append("<link rel=\"").Append(rel).Append("\" href=\"").Append(HtmlAttribute.Escape(href)).Append("\" />\n");
}
