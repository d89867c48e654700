using Blog.Site.Content;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Files.Feed;
using Blog.Site.Outputs.Files.Redirects;
using Blog.Site.Outputs.Files.Robots;
using Blog.Site.Outputs.Files.Search;
using Blog.Site.Outputs.Files.Sitemap;
using Blog.Site.Outputs.Pages.Redirects;

namespace Blog.Site.Outputs.Files;

/// <summary>Which files a site's build generates besides its pages.</summary>
public static class GeneratedFiles
{
    /// <summary>
    /// The feed (jekyll-feed), sitemap and robots.txt (jekyll-sitemap), redirects.json and Netlify's _redirects
    /// (jekyll-redirect-from and its options), each when <c>plugins:</c> lists its plugin, and the search index when
    /// <c>search_index:</c> (Blog's own) asks; each only when the site writes no file of its own at that path (the author's wins, as with the plugins); then the files the
    /// extensions add, which a page at the same path collides with.
    /// </summary>
    /// <param name="written">Every document the build writes, generated pages included.</param>
    /// <param name="staticFiles">The static files the build writes.</param>
    public static IReadOnlyList<IGeneratedFile> For(SiteContent content, IReadOnlyList<Document> written, IReadOnlyList<StaticFile> staticFiles,
        IEnumerable<ISiteExtension> extensions)
    {
        var settings = content.Settings;
        var plugins = new List<IGeneratedFile>();
        if (settings.HasPlugin(AtomFeed.Plugin)) plugins.Add(new FeedFile(settings, content.Posts));
        if (settings.HasPlugin(SitemapXml.Plugin))
        {
            plugins.Add(new SitemapFile(content, written, staticFiles));
            plugins.Add(new RobotsFile(settings));
        }
        var redirects = RedirectOptions.From(settings);
        if (redirects.Json || redirects.Netlify)
        {
            var all = RedirectPages.Of(content, written, errors: null).ToList();
            if (redirects.Json) plugins.Add(new RedirectsFile(settings, all, netlify: false));
            if (redirects.Netlify) plugins.Add(new RedirectsFile(settings, all, netlify: true));
        }
        if (settings.Search.Enabled) plugins.Add(new SearchIndexFile(settings, content.Posts, written));
        // Compared path by path rather than through a set of every output: a few plugin files against a site's thousands of
        // pages and images, and this is made again on every rebuild while serving.
        bool Taken(string path) => written.Any(d => d.OutputPath == path) || staticFiles.Any(f => f.OutputPath == path);
        return [.. plugins.Where(f => !Taken(f.OutputPath)), .. extensions.OfType<IOutputExtension>().SelectMany(e => e.Files(content))];
    }
}
