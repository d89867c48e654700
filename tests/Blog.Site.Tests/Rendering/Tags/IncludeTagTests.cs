namespace Blog.Site.Tests.Rendering.Tags;

public class IncludeTagTests
{
    [Fact]
    public async Task Include_renders_the_file_with_an_unquoted_name()
    {
        var site = new TestSite().WithInclude("footer.html", "<footer>{{ site.title }}</footer>");
        Assert.Equal("<footer>Ops Notes</footer>", await site.RenderLiquidAsync("{% include footer.html %}"));
    }

    [Fact]
    public async Task Include_parameters_are_visible_as_include_variables()
    {
        var site = new TestSite().WithInclude("note.html", "{{ include.kind }}|{{ include.text }}|{{ include.title }}");
        var html = await site.RenderLiquidAsync("{% assign t = 'From var' %}{% include note.html kind=\"warning\" text='single' title=t %}");
        Assert.Equal("warning|single|From var", html);
    }

    [Fact]
    public async Task Include_parameter_variables_follow_dotted_paths()
    {
        var site = new TestSite().WithInclude("title.html", "<h1>{{ include.heading }}</h1>");
        Assert.Equal("<h1>Ops Notes</h1>", await site.RenderLiquidAsync("{% include title.html heading=site.title %}"));
    }

    [Fact]
    public async Task Include_name_may_contain_variables()
    {
        var site = new TestSite().WithInclude("icons/docker.svg", "<svg>docker</svg>");
        site.Data["icon"] = "docker";
        Assert.Equal("<svg>docker</svg>", await site.RenderLiquidAsync("{% include icons/{{ site.data.icon }}.svg %}"));
    }

    [Fact]
    public async Task Include_name_may_be_quoted()
    {
        var site = new TestSite().WithInclude("a.html", "A");
        Assert.Equal("A", await site.RenderLiquidAsync("{% include \"a.html\" %}"));
    }

    [Fact]
    public async Task Include_variables_do_not_outlive_the_include()
    {
        var site = new TestSite().WithInclude("a.html", "{{ include.x }}");
        Assert.Equal("1[]", await site.RenderLiquidAsync("{% include a.html x='1' %}[{{ include.x }}]"));
    }

    [Fact]
    public async Task Includes_can_include_other_includes()
    {
        var site = new TestSite().WithInclude("outer.html", "({% include inner.html v=include.v %})").WithInclude("inner.html", "{{ include.v }}");
        Assert.Equal("(deep)", await site.RenderLiquidAsync("{% include outer.html v='deep' %}"));
    }

    [Fact]
    public async Task An_unknown_include_is_an_error_at_the_tag()
    {
        var site = new TestSite();
        var page = site.AddPage("index.html", "<p>\n  {% include missing.html %}\n</p>", bodyLine: 3);
        await site.Renderer().RenderPageAsync(page, null, CancellationToken.None);
        Assert.Equal("index.html:4:3: unknown include 'missing.html' (no such file in _includes)", Assert.Single(site.Errors.Errors).ToString());
    }

    [Fact]
    public async Task An_unknown_include_in_a_branch_never_rendered_is_a_warning_as_jekyll_only_fails_where_it_renders_one()
    {
        var site = new TestSite();
        var page = site.AddPage("index.html", "<p>\n{% if false %}{% include comments-providers/none.html %}{% endif %}ok</p>", bodyLine: 3);
        Assert.Equal("<p>\nok</p>", await site.Renderer().RenderPageAsync(page, null, CancellationToken.None));
        Assert.False(site.Errors.HasErrors);
        Assert.StartsWith("index.html:4:15: warning: unknown include 'comments-providers/none.html'", Assert.Single(site.Errors.Warnings).ToString());
    }

    [Fact]
    public async Task An_include_named_with_a_leading_slash_is_the_same_file_as_in_jekyll()
    {
        var site = new TestSite().WithInclude("sub/x.html", "from sub");
        Assert.Equal("[from sub]", await site.RenderLiquidAsync("[{% include /sub/x.html %}]"));
        Assert.False(site.Errors.HasErrors);
    }

    [Fact]
    public async Task An_unknown_include_named_by_a_variable_is_an_error()
    {
        var site = new TestSite();
        site.Data["name"] = "nothere";
        await site.RenderLiquidAsync("<p>\n  {% include {{ site.data.name }}.html %}");
        Assert.Equal("test.html:2:3: unknown include 'nothere.html' (no such file in _includes)", Assert.Single(site.Errors.Errors).ToString());
    }

    [Fact]
    public async Task An_include_name_with_invalid_characters_is_an_error()
    {
        var site = new TestSite();
        await site.RenderLiquidAsync("{% include {{ site.title }}.html %}");
        Assert.Contains("invalid include file name 'Ops Notes.html'", site.ErrorText);
    }

    [Fact]
    public async Task Invalid_include_parameters_are_a_syntax_error()
    {
        var site = new TestSite().WithInclude("a.html", "A");
        await site.RenderLiquidAsync("{% include a.html =oops %}");
        Assert.Contains("invalid syntax for include tag", site.ErrorText);
    }

    [Fact]
    public async Task An_include_that_includes_itself_is_an_error_not_a_crash()
    {
        var site = new TestSite().WithInclude("loop.html", "x{% include loop.html %}");
        await site.RenderLiquidAsync("{% include loop.html %}");
        Assert.Contains("nests more than", site.ErrorText);
    }

    [Fact]
    public async Task A_syntax_error_in_an_include_points_into_the_include_file()
    {
        var site = new TestSite().WithInclude("broken.html", "ok\n{% if %}");
        await site.RenderLiquidAsync("{% include broken.html %}");
        Assert.StartsWith("_includes/broken.html:2:", Assert.Single(site.Errors.Errors).ToString());
    }

    [Fact]
    public async Task A_failing_tag_inside_an_include_points_into_the_include_file()
    {
        var site = new TestSite().WithInclude("card.html", "<div>\n{% include {{ include.kind }}.html %}</div>");
        await site.RenderLiquidAsync("{% include card.html kind='gone' %}");
        Assert.Equal("_includes/card.html:2:1: unknown include 'gone.html' (no such file in _includes)", Assert.Single(site.Errors.Errors).ToString());
    }
}
