using Blog.Lab.Liquid;
using Blog.Site.Build;
using Blog.Site.Config;
using Blog.Site.Extensions;

namespace Blog.Browser.Tests.Support;

/// <summary>
/// A site built in-process by the real generator (with the lab's extension when the source declares
/// experiments) into a temporary folder that is deleted on dispose.
/// </summary>
public sealed class BuiltSite : IDisposable
{
    private readonly string _temp;

    private BuiltSite(string temp, string source)
    {
        _temp = temp;
        Source = source;
    }

    public string Source { get; }
    public string Output => Path.Combine(_temp, "output");

    public static async Task<BuiltSite> BuildAsync(string source, string theme)
    {
        var temp = Directory.CreateTempSubdirectory("blog-browser-").FullName;
        var site = new BuiltSite(temp, source);
        try
        {
            IReadOnlyList<ISiteExtension> extensions = Directory.Exists(Path.Combine(source, "_lab"))
                ? [await LabExtension.LoadAsync(source, CancellationToken.None)]
                : [];
            await new SiteBuilder(extensions).BuildAsync(new BuildOptions { Source = source, Destination = site.Output, Theme = theme });
            return site;
        }
        catch
        {
            site.Dispose();
            throw;
        }
    }

    /// <summary>Every HTML file of the output as the URL path a server answers it under.</summary>
    public IReadOnlyList<string> HtmlPaths() =>
        Directory.EnumerateFiles(Output, "*.html", SearchOption.AllDirectories)
            .Select(f => "/" + Path.GetRelativePath(Output, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();

    public string FileOf(string urlPath) => Path.Combine(Output, urlPath.TrimStart('/'));

    public void Dispose()
    {
        if (Directory.Exists(_temp)) Directory.Delete(_temp, recursive: true);
    }
}
