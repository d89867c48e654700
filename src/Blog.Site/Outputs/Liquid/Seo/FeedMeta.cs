using Blog.Site.Config;
using Blog.Site.Outputs.Files.Feed;

namespace Blog.Site.Outputs.Liquid.Seo;

/// <summary>jekyll-feed's <c>{% feed_meta %}</c>: the link element that lets readers discover the Atom feed.</summary>
public static class FeedMeta
{
    public static string Write(SiteSettings site)
    {
        var href = HtmlAttribute.Escape(SiteUrls.Absolute(site, FeedOptions.From(site).Url));
        var title = DataValues.Text(DataValues.Get(site.Values, "title")) ?? DataValues.Text(DataValues.Get(site.Values, "name"));
        var titleAttribute = title is null ? "" : $" title=\"{HtmlAttribute.Escape(title)}\"";
        return $"<link type=\"application/atom+xml\" rel=\"alternate\" href=\"{href}\"{titleAttribute} />";
    }
}
