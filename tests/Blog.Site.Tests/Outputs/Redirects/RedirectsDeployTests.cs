using Blog.Site.Config;
using Blog.Site.Diagnostics;
using Blog.Site.Outputs.Files.Redirects;
using Blog.Site.Outputs.Pages.Redirects;

namespace Blog.Site.Tests.Outputs.Redirects;

/// <summary>The blog itself (<c>input/</c>) has the plugin on with Netlify's rules, in the folder Netlify publishes.</summary>
public sealed class RedirectsDeployTests
{
    private static readonly string Repository = Path.GetFullPath(Path.Combine(Content.TempSite.TestsFolder(), "..", ".."));

    [Fact]
    public void The_blogs_config_writes_redirects_json_and_netlifys_rules_at_the_root_of_the_published_folder()
    {
        var errors = new ErrorCollector();
        var settings = ConfigLoader.Load(new BuildOptions { Source = Path.Combine(Repository, "input"), Destination = Path.Combine(Repository, "output") }, errors);

        Assert.Empty(errors.Errors);
        Assert.Equal(new RedirectOptions(Enabled: true, Json: true, Netlify: true), RedirectOptions.From(settings));
        // Netlify reads _redirects from the root of what it publishes: the build's output folder.
        Assert.DoesNotContain('/', RedirectsFile.NetlifyPath);
        Assert.Contains("publish = \"output\"", File.ReadAllText(Path.Combine(Repository, "netlify.toml")));
    }
}
