using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering.Filters;

/// <summary><c>inspect</c> writes values as Ruby's <c>inspect</c> does, XML-escaped: checked against a live Jekyll build.</summary>
public sealed class InspectTests : IDisposable
{
    private readonly TempSite _site = new();

    [Fact]
    public async Task Values_are_inspected_as_Jekyll_inspects_them()
    {
        _site.With("_config.yml", "title: T\ntimezone: UTC\n")
            .With("_data/d.yml", "s: \"quote \\\" back \\\\ tab \\t nl \\n esc \\e bell \\a ctl \\x01 #{x} #$y #@z # <&> 'é' \\u2028 😀\"\n" +
                "list: [1, -2, 2.5, 0.125, 1000000.0, 3.0, null, true, false, \"x\"]\nhash: {a: 1, b: [x, {c: d}], e: null}\n" +
                "time: 2024-02-14 10:30:00.25 +0000\nempty: []\nnone: {}\n")
            .With("_posts/2024-02-14-hello.md", "---\ntitle: Hello\n---\nBody.\n")
            .With("probe.html", "---\n---\n{{ site.data.d.s | inspect }}|{{ site.data.d.list | inspect }}|{{ site.data.d.hash | inspect }}|" +
                "{{ site.data.d.time | inspect }}|{{ site.data.d.empty | inspect }}|{{ site.data.d.none | inspect }}|{{ nil | inspect }}|" +
                "{{ 'text' | inspect }}|{{ 42 | inspect }}|{{ site.posts.first.date | inspect }}|{{ site.posts.first.title | inspect }}\n");

        var jekyll = await JekyllOracle.BuildBothAsync(_site);

        Assert.Equal(File.ReadAllText(Path.Combine(jekyll, "probe.html")), _site.Output("probe.html"));
    }

    public void Dispose() => _site.Dispose();
}
