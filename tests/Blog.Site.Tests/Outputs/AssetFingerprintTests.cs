using Blog.Site.Build;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Outputs;

public class AssetFingerprintTests
{
    private static TempSite Site(string css) => new TempSite()
        .With("index.html", "---\n---\n<link rel=\"stylesheet\" href=\"{{ '/assets/site.css' | fingerprint | relative_url }}\">\n")
        .With("assets/site.css", css);

    [Fact]
    public async Task A_fingerprinted_asset_url_carries_a_hash_of_the_file()
    {
        using var site = Site("body { color: black }");
        await new SiteBuilder().BuildAsync(site.Options());

        Assert.Matches("href=\"/assets/site.css\\?v=[0-9a-f]{12}\"", site.Output("index.html"));
    }

    [Fact]
    public async Task The_fingerprint_changes_when_the_file_changes()
    {
        using var site = Site("body { color: black }");
        await new SiteBuilder().BuildAsync(site.Options());
        var before = site.Output("index.html");
        site.With("assets/site.css", "body { color: navy }");
        await new SiteBuilder().BuildAsync(site.Options());

        Assert.NotEqual(before, site.Output("index.html"));
    }

    [Fact]
    public async Task A_path_that_is_no_asset_stays_as_written_and_the_link_check_reports_it()
    {
        using var site = new TempSite().With("index.html", "---\n---\n<a href=\"{{ '/missing.css' | fingerprint }}\">x</a>\n");

        var failed = await Assert.ThrowsAsync<Blog.Site.Diagnostics.BuildFailedException>(() => new SiteBuilder().BuildAsync(site.Options()));

        Assert.Contains(failed.Errors, e => e.Message.Contains("/missing.css"));
    }
}
