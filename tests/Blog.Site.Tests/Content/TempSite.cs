using System.Runtime.CompilerServices;
using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Build.Session;
using Blog.Site.Diagnostics;

namespace Blog.Site.Tests.Content;

/// <summary>A small site in a temporary folder for one test; deleted on dispose.</summary>
public sealed class TempSite : IDisposable
{
    public TempSite()
    {
        Root = Path.Combine(Path.GetTempPath(), "blog-site-test-" + Guid.NewGuid().ToString("N"));
        Source = Path.Combine(Root, "src");
        Directory.CreateDirectory(Source);
    }

    public string Root { get; }
    public string Source { get; }
    public string Destination => Path.Combine(Root, "out");
    public ErrorCollector Errors { get; } = new();

    public TempSite With(string relativePath, string text)
    {
        string full = Path.Combine(Source, relativePath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        File.WriteAllText(full, text);
        return this;
    }

    public TempSite WithPost(string fileName, string frontMatter = "", string body = "Body.\n") =>
        With("_posts/" + fileName, "---\n" + frontMatter + (frontMatter.Length == 0 || frontMatter.EndsWith('\n') ? "" : "\n") + "---\n" + body);

    public TempSite WithConfig(string yaml) => With("_config.yml", yaml);

    public BuildOptions Options => new() { Source = Source, Destination = Destination };

    public SiteSettings Settings(BuildOptions? options = null) => ConfigLoader.Load(options ?? Options, Errors);

    /// <summary>The site as a build reads it, its problems reported to <see cref="Errors"/>.</summary>
    public SiteContent Read(BuildOptions? options = null)
    {
        var snapshot = SnapshotReader.ReadAllAsync(options ?? Options, Settings(options), [], CancellationToken.None).GetAwaiter().GetResult();
        foreach (var problem in snapshot.Problems) Errors.Add(problem);
        return snapshot.Content;
    }

    public Document Post(string fileName, string frontMatter = "") =>
        WithPost(fileName, frontMatter).Read().Posts.Single();

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (DirectoryNotFoundException) { }
    }

    /// <summary>The test project's source folder (fixtures live there, not in the build output).</summary>
    public static string TestsFolder() => ProjectFolder();

    private static string ProjectFolder([CallerFilePath] string thisFile = "") => Path.GetDirectoryName(Path.GetDirectoryName(thisFile)!)!;
}
