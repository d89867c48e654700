using Blog.Site.Build.Incremental;
using Blog.Site.Config;
using Blog.Site.Rendering;

namespace Blog.Site.Outputs.Files.Robots;

/// <summary>jekyll-sitemap's <c>robots.txt</c>, made of the config alone (the site's URL).</summary>
public sealed class RobotsFile(SiteSettings settings) : IGeneratedFile
{
    public string OutputPath => RobotsTxt.OutputPath;

    public string Source => "(robots)";

    public string? Fingerprint(GeneratedFileInputs inputs) => ContentHash.Of(inputs.Config);

    public ValueTask<FileContent> WriteAsync(SiteRenderer renderer, CancellationToken cancellationToken) =>
        ValueTask.FromResult<FileContent>(RobotsTxt.Write(settings));
}
