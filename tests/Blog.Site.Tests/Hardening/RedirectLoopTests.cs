using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Hardening;

/// <summary>
/// Redirects that lead back to themselves fail the build at the <c>redirect_to</c> that closes the loop (Jekyll writes
/// them, and a reader's browser goes round until it gives up); a chain that ends at a page is fine.
/// </summary>
public sealed class RedirectLoopTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: T\nurl: https://example.org\nplugins: [jekyll-redirect-from]\n")
        .With("index.html", "---\n---\n<p>Home</p>\n");

    public void Dispose() => _site.Dispose();

    private async Task<BuildError> SingleError()
    {
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));
        return Assert.Single(failed.Errors);
    }

    [Fact]
    public async Task A_page_that_redirects_to_itself_is_an_error_at_its_redirect_to()
    {
        _site.With("self.md", "---\ntitle: Self\npermalink: /self/\nredirect_to: /self/index.html\n---\nx\n");
        var error = await SingleError();

        Assert.Equal(("self.md", 4), (error.Position.Path, error.Position.Line));
        Assert.Contains("redirect_to '/self/index.html' makes a redirect loop (/self/ → /self/)", error.Message);
    }

    [Fact]
    public async Task Two_pages_that_redirect_to_each_other_are_one_error()
    {
        _site.With("a.md", "---\npermalink: /a/\nredirect_to: /b/\n---\nx\n")
             .With("b.md", "---\npermalink: /b/\nredirect_to: /a/#top\n---\nx\n");
        var error = await SingleError();

        Assert.Equal(("a.md", 3), (error.Position.Path, error.Position.Line));
        Assert.Contains("makes a redirect loop (/a/ → /b/ → /a/)", error.Message);
    }

    [Fact]
    public async Task A_loop_through_an_old_path_is_found_too()
    {
        // /old/ is b's old address (redirect_from), and b itself now redirects to a, which redirects to /old/.
        _site.With("a.md", "---\npermalink: /a/\nredirect_to: /old/\n---\nx\n")
             .With("b.md", "---\npermalink: /b/\nredirect_from: /old/\nredirect_to: /a/\n---\nx\n");
        var error = await SingleError();

        Assert.Contains("makes a redirect loop (/a/ → /old/ → /b/ → /a/)", error.Message);
    }

    [Fact]
    public async Task A_chain_of_redirects_that_ends_at_a_page_builds()
    {
        _site.With("a.md", "---\npermalink: /a/\nredirect_to: /b/\n---\nx\n")
             .With("b.md", "---\npermalink: /b/\nredirect_to: /c/\n---\nx\n")
             .With("c.md", "---\npermalink: /c/\n---\nThe end.\n")
             .With("d.md", "---\npermalink: /d/\nredirect_to: https://example.com/d/\n---\nx\n");
        await new SiteBuilder().BuildAsync(_site.Options());

        Assert.Contains("https://example.org/b/", _site.Output("a/index.html"));
        Assert.Contains("The end.", _site.Output("c/index.html"));
    }
}
