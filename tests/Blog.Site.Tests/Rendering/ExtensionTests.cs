using Blog.Site.Extensions;
using Fluid.Ast;

namespace Blog.Site.Tests.Rendering;

public class ExtensionTests
{
    private sealed class LabLikeExtension : ISiteExtension
    {
        public void Register(LiquidRegistry registry)
        {
            registry.AddGlobal("lab", new Dictionary<string, object?> { ["runs"] = 3, ["runtimes"] = new List<object?> { "docker", "qemu" } });
            registry.Parser.RegisterEmptyTag("lab_marker", static (writer, _, _) =>
            {
                writer.Write("<lab/>");
                return Statement.Normal();
            });
            registry.Parser.RegisterEmptyTag("lab_table", static (writer, _, context) =>
            {
                writer.Write(Blog.Site.Rendering.BlockHtml.Keep(context, "<table>\n<tr><td>*1*</td></tr>\n\n<tr><td>2</td></tr>\n</table>"));
                return Statement.Normal();
            });
        }
    }

    [Fact]
    public async Task Extension_globals_are_top_level_variables() =>
        Assert.Equal("3 docker,qemu", await new TestSite().RenderLiquidAsync("{{ lab.runs }} {{ lab.runtimes | join: ',' }}", new LabLikeExtension()));

    [Fact]
    public async Task Extension_tags_render() =>
        Assert.Equal("<lab/>", await new TestSite().RenderLiquidAsync("{% lab_marker %}", new LabLikeExtension()));

    [Fact]
    public async Task A_site_renders_without_extensions() =>
        Assert.Equal("ok", await new TestSite().RenderLiquidAsync("ok"));

    [Fact]
    public async Task Block_html_from_an_extension_tag_passes_markdown_untouched()
    {
        var site = new TestSite();
        var post = site.AddPost("lab", 14, "Intro\n\n{% lab_table %}\n\nOutro");
        var html = await site.Renderer(new LabLikeExtension()).RenderContentAsync(post, CancellationToken.None);
        Assert.Equal("<p>Intro</p>\n\n<table>\n<tr><td>*1*</td></tr>\n\n<tr><td>2</td></tr>\n</table>\n\n<p>Outro</p>\n", html);
    }
}
