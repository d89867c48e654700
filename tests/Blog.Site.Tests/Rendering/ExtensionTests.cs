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
}
