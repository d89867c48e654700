namespace Blog.Site.Tests.Rendering.Filters;

/// <summary>With Jekyll's <c>liquid: strict_filters: true</c> an unknown filter is an error; without it, a warning, as in Jekyll.</summary>
public class UnknownFilterTests
{
    private static TestSite StrictSite()
    {
        var site = new TestSite();
        site.Settings = site.Settings with
        {
            Values = new Dictionary<string, object?> { ["liquid"] = new Dictionary<string, object?> { ["strict_filters"] = true } },
        };
        return site;
    }

    [Fact]
    public async Task An_unknown_filter_is_an_error_naming_it_with_its_position()
    {
        var site = StrictSite();
        var page = site.AddPage("about.md", "Intro\n\nText {{ page.title | no_such_filter }}\n", bodyLine: 5);
        await site.Renderer().RenderPageAsync(page, null, CancellationToken.None);
        var error = Assert.Single(site.Errors.Errors);
        Assert.Equal("about.md:7:20: unknown filter 'no_such_filter'", error.ToString());
    }

    [Fact]
    public async Task Without_strict_filters_an_unknown_filter_is_a_warning_and_the_value_passes_through_as_in_jekyll()
    {
        var site = new TestSite();
        var html = await site.RenderLiquidAsync("<p>{{ 'kept' | expand_urls }}</p>");

        Assert.Equal("<p>kept</p>", html.Trim());
        Assert.False(site.Errors.HasErrors);
        Assert.Contains(site.Errors.Warnings, w => w.Message.StartsWith("unknown filter 'expand_urls'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_filter_in_an_assign_is_an_error()
    {
        var site = StrictSite();
        await site.RenderLiquidAsync("{% assign x = 'a' | bogus %}");
        Assert.Contains("unknown filter 'bogus'", site.ErrorText);
    }

    [Fact]
    public async Task An_unknown_filter_inside_a_block_is_an_error()
    {
        var site = StrictSite();
        await site.RenderLiquidAsync("{% for p in site.posts %}{% if true %}{{ p | bogus2 }}{% endif %}{% endfor %}");
        Assert.Contains("unknown filter 'bogus2'", site.ErrorText);
    }

    [Fact]
    public async Task An_unknown_filter_in_a_where_exp_condition_fails_when_rendered()
    {
        var site = StrictSite();
        site.AddPost("a", 1);
        await site.RenderLiquidAsync("{{ site.posts | where_exp: 'p', \"p.title | nope == 'x'\" | size }}");
        Assert.True(site.Errors.HasErrors);
    }

    [Fact]
    public async Task A_filter_an_extension_registers_is_known()
    {
        var site = new TestSite();
        var html = await site.RenderLiquidAsync("{{ 'x' | shout }}", new ShoutExtension());
        Assert.Equal("X!", html);
        Assert.False(site.Errors.HasErrors);
    }

    private sealed class ShoutExtension : Blog.Site.Extensions.ISiteExtension
    {
        public void Register(Blog.Site.Extensions.LiquidRegistry registry) =>
            registry.AddFilter("shout", (input, _, _) => new ValueTask<Fluid.Values.FluidValue>(Fluid.Values.StringValue.Create(input.ToStringValue().ToUpperInvariant() + "!")));
    }
}
