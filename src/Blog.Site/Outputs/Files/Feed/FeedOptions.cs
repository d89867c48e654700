using Blog.Site.Config;

namespace Blog.Site.Outputs.Files.Feed;

/// <summary>The <c>feed:</c> config of jekyll-feed with its defaults.</summary>
public sealed record FeedOptions(string Path, int PostsLimit, bool ExcerptOnly)
{
    public const string DefaultPath = "feed.xml";
    public const int DefaultPostsLimit = 10;

    /// <summary>The URL path of the feed, e.g. <c>/feed.xml</c> (no base URL).</summary>
    public string Url => "/" + Path;

    public static FeedOptions From(SiteSettings site)
    {
        var feed = DataValues.Get(site.Values, "feed");
        var path = DataValues.Text(DataValues.Get(feed, "path"))?.TrimStart('/') ?? DefaultPath;
        var limit = DataValues.Integer(DataValues.Get(feed, "posts_limit")) ?? DefaultPostsLimit;
        return new FeedOptions(path, Math.Max(0, limit), DataValues.IsTrue(DataValues.Get(feed, "excerpt_only")));
    }
}
