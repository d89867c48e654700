using Blog.Site.Build;
using Blog.Site.Build.Incremental;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Outputs.Redirects;

/// <summary>
/// A serve session told that a document's <c>redirect_from</c> or <c>redirect_to</c> changed writes what a clean build
/// writes: the new redirect pages, none of the old ones, the redirects files up to date.
/// </summary>
public sealed class RedirectSessionTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task Editing_redirects_in_a_session_gives_the_clean_builds_output()
    {
        _site.With("_config.yml", "url: https://example.org\nplugins: [jekyll-redirect-from]\nredirect_from: { netlify: true }\n")
            .With("_posts/2024-01-01-first.md", "---\ntitle: First\nredirect_from: /old/\n---\nFirst post.\n")
            .With("about.md", "---\ntitle: About\n---\nAbout us. {{ site.pages.size }}\n")
            .With("gone.md", "---\ntitle: Gone\n---\nStill here.\n");
        var session = new IncrementalSiteBuilder([]);
        await session.BuildAsync(Options("session"), [], CancellationToken.None);
        Assert.True(File.Exists(Path.Combine(_site.Root, "session/old/index.html")));

        var post = Edit("_posts/2024-01-01-first.md", "redirect_from: /old/", "redirect_from: [/older/, /oldest.html]");
        var page = Edit("gone.md", "title: Gone", "redirect_to: /about.html");
        await session.BuildAsync(Options("session"), [post, page], CancellationToken.None);
        await AssertSameAsCleanBuildAsync();
        Assert.False(File.Exists(Path.Combine(_site.Root, "session/old/index.html")));
        Assert.Contains("url=https://example.org/2024/01/01/first.html", File.ReadAllText(Path.Combine(_site.Root, "session/oldest.html")));
        Assert.Contains("url=https://example.org/about.html", File.ReadAllText(Path.Combine(_site.Root, "session/gone.html")));

        var back = Edit("gone.md", "redirect_to: /about.html", "title: Gone");
        await session.BuildAsync(Options("session"), [back], CancellationToken.None);
        await AssertSameAsCleanBuildAsync();
        Assert.Contains("Still here.", File.ReadAllText(Path.Combine(_site.Root, "session/gone.html")));
    }

    private Blog.Site.Config.BuildOptions Options(string destination) => new() { Source = _site.Source, Destination = Path.Combine(_site.Root, destination) };

    private string Edit(string relativePath, string from, string to)
    {
        var path = Path.Combine(_site.Source, relativePath);
        File.WriteAllText(path, File.ReadAllText(path).Replace(from, to, StringComparison.Ordinal));
        return path;
    }

    private async Task AssertSameAsCleanBuildAsync()
    {
        var clean = Path.Combine(_site.Root, "clean");
        if (Directory.Exists(clean)) Directory.Delete(clean, recursive: true);
        await new SiteBuilder().BuildAsync(Options("clean"), CancellationToken.None);
        var session = Path.Combine(_site.Root, "session");
        Assert.Equal(JekyllOracle.Files(clean), JekyllOracle.Files(session));
        foreach (var file in JekyllOracle.Files(clean))
            Assert.Equal(file + ": " + File.ReadAllText(Path.Combine(clean, file)), file + ": " + File.ReadAllText(Path.Combine(session, file)));
    }
}
