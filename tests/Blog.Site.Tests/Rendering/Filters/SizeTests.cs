using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering.Filters;

/// <summary><c>size</c> is Ruby's <c>#size</c> where a value has one, else 0: checked against a live Jekyll build.</summary>
public sealed class SizeTests : IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public async Task Sizes_are_Ruby_sizes()
    {
        _site.With("_config.yml", "title: T\n")
            .With("probe.html", "---\nn: 5\nf: 5.5\nb: true\nh: {a: 1, b: 2}\nlist: [1, 2, 3]\ns: text\n---\n" +
                "{{ page.n | size }}|{{ page.f | size }}|{{ page.b | size }}|{{ page.h | size }}|{{ page.list | size }}|" +
                "{{ page.s | size }}|{{ page.missing | size }}|{{ 7 | size }}|{{ -3 | size }}|{{ 7.0 | size }}|{{ 4611686018427387904 | size }}|" +
                "{{ 1208925819614629174706176 | size }}\n");

        var jekyll = await JekyllOracle.BuildBothAsync(_site);

        Assert.Equal(File.ReadAllText(Path.Combine(jekyll, "probe.html")), _site.Output("probe.html"));
        Assert.Equal("8|0|0|2|3|4|0|8|8|0|8|11\n", _site.Output("probe.html"));
    }

    public void Dispose() => _site.Dispose();
}
