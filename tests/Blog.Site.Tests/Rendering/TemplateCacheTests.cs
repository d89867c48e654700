using Blog.Site.Diagnostics;
using Blog.Site.Rendering;
using Blog.Site.Rendering.Liquid;
using Blog.Site.Rendering.Liquid.Templates;
using Fluid;

namespace Blog.Site.Tests.Rendering;

public class TemplateCacheTests
{
    private static TemplateLibrary Library(TestSite site)
    {
        var options = new TemplateOptions();
        var parser = new LiquidTemplateParser(new JekyllParser(), options.Filters, new HashSet<string>(site.Includes.Keys),
            new UrlIndex(site.Content), new RenderErrors(site.Errors));
        return new TemplateLibrary(site.Content, parser);
    }

    [Fact]
    public void A_layout_is_parsed_once_per_build()
    {
        var library = Library(new TestSite().WithLayout("default", "<main>{{ content }}</main>"));
        Assert.Same(library.Layout("default"), library.Layout("default"));
    }

    [Fact]
    public void An_include_is_parsed_once_per_build()
    {
        var library = Library(new TestSite().WithInclude("nav.html", "<nav/>"));
        Assert.Same(library.Include("nav.html"), library.Include("nav.html"));
    }

    [Fact]
    public void A_layout_that_does_not_parse_is_null_and_reported_with_its_position()
    {
        var site = new TestSite().WithLayout("default", "ok\n{% endif %}", bodyLine: 3);
        Assert.Null(Library(site).Layout("default"));
        Assert.StartsWith("_layouts/default.html:4:", Assert.Single(site.Errors.Errors).ToString());
    }
}
