using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering.Filters;

/// <summary>
/// <c>sample</c>: what does not depend on chance is checked against a live Jekyll build (sizes, non-arrays, edge
/// counts); the pick itself is random in Jekyll and seeded here, so two builds of the same site are byte-identical.
/// </summary>
public sealed class SampleTests : IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public async Task Sizes_and_non_arrays_are_as_in_Jekyll()
    {
        _site.With("_config.yml", "title: T\nlist: [a, b, c]\none: [only]\nempty: []\nmap: {k: v}\n")
            .With("probe.html", "---\n---\n{% assign s = site.list | sample %}{{ site.list | where_exp: 'x', 'x == s' | size }}|" +
                "{{ site.list | sample: 2 | size }}|{{ site.list | sample: 2 | uniq | size }}|{{ site.list | sample: 10 | sort | join: ',' }}|" +
                "{{ site.list | sample: 0 | size }}|{{ site.list | sample: 'x' | size }}|{{ site.one | sample }}|[{{ site.empty | sample }}]|" +
                "{{ 'text' | sample }}|{{ site.map | sample | jsonify }}|{{ 42 | sample }}|[{{ nil | sample }}]\n");

        var jekyll = await JekyllOracle.BuildBothAsync(_site);

        Assert.Equal(File.ReadAllText(Path.Combine(jekyll, "probe.html")), _site.Output("probe.html"));
    }

    [Fact]
    public async Task Two_builds_of_the_same_site_pick_the_same_items()
    {
        var items = string.Join(", ", Enumerable.Range(1, 50));
        _site.With("_config.yml", $"title: T\nlist: [{items}]\n")
            .With("a.html", "---\n---\n{{ site.list | sample }}|{{ site.list | sample: 5 | join: ',' }}\n")
            .With("b.html", "---\n---\n{{ site.list | sample }}|{{ site.list | sample: 5 | join: ',' }}\n");

        await new Blog.Site.Build.SiteBuilder().BuildAsync(_site.Options());
        var first = (_site.Output("a.html"), _site.Output("b.html"));
        await new Blog.Site.Build.SiteBuilder().BuildAsync(_site.Options());

        Assert.Equal(first, (_site.Output("a.html"), _site.Output("b.html")));
        Assert.Equal(5, first.Item1.Split('|')[1].Trim().Split(',').Distinct().Count());
    }

    public void Dispose() => _site.Dispose();
}
