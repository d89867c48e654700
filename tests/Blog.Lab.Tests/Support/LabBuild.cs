using Blog.Cli.Lab;
using Blog.Lab.Measurement;
using Blog.Lab.Running;
using Blog.Site.Build;
using Blog.Site.Extensions;
using Blog.Site.Tests.Support;
using Spectre.Console;

namespace Blog.Lab.Tests.Support;

/// <summary>A site built as <c>blog --lab MODE</c> builds it: the lab prepared from the site's read (<see cref="LabForBuild"/>), then the pages.</summary>
internal static class LabBuild
{
    /// <summary>Builds <paramref name="site"/>; returns the lab's extension (null: the site has no lab).</summary>
    public static async Task<ISiteExtension?> BuildAsync(TempSite site, LabMode mode, IAnsiConsole console, SettlePolicy? settle = null)
    {
        ISiteExtension? lab = null;
        await new SiteBuilder(async (read, ct) => (lab = await LabForBuild.PrepareAsync(read, mode, console, ct, settle)) is { } made ? [made] : [])
            .BuildAsync(site.Options(), CancellationToken.None);
        return lab;
    }
}
