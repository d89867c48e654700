namespace Blog.Browser.Tests.Support;

/// <summary>Paths in the repository the tests run from (found by walking up to Blog.sln).</summary>
public static class Repository
{
    public static string Root { get; } = FindRoot();

    public static string Input => Path.Combine(Root, "input");
    public static string Theme => Path.Combine(Root, "theme");
    public static string NetlifyToml => Path.Combine(Root, "netlify.toml");
    public static string Tools => Path.Combine(Root, "tests", "Blog.Browser.Tests", "tools", "node_modules");
    public static string Screenshots => Path.Combine(Root, "artifacts", "screenshots");
    /// <summary>The committed screenshots the README shows (rewritten by the browser tests with BLOG_UPDATE_SCREENSHOTS=1).</summary>
    public static string ReadmeScreenshots => Path.Combine(Root, "docs", "screenshots");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Blog.sln"))) return dir.FullName;
        throw new InvalidOperationException($"no Blog.sln above {AppContext.BaseDirectory}");
    }
}
