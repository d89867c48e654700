using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Jekyll;

/// <summary>
/// Real Jekyll sites build as Debian's Jekyll 4.3 builds them: every file Jekyll writes exists, and every HTML page has
/// Jekyll's visible text and links, every stylesheet Jekyll's rules. The oracle is Jekyll itself, run live here: the
/// real public sites of <c>../shared/jekyll-sites</c> through their own <c>compare-with-jekyll.sh</c>, and a site made
/// by <c>jekyll new</c> (the minima theme gem, jekyll-feed and jekyll-seo-tag through the theme).
/// </summary>
[Collection(JekyllCollection.Name)]
public sealed class RealJekyllSiteTests
{
    private static string Repository => Path.GetFullPath(Path.Combine(Content.TempSite.TestsFolder(), "..", ".."));
    private static string SharedSites => Path.GetFullPath(Path.Combine(Repository, "..", "shared", "jekyll-sites"));
    /// <summary>The generator as built beside these tests (the test project references the command line).</summary>
    private static string Generator => Path.Combine(AppContext.BaseDirectory, "Blog.dll");

    public static TheoryData<string> SharedSiteNames()
    {
        var names = new TheoryData<string>();
        if (Directory.Exists(SharedSites))
            foreach (var site in Directory.GetDirectories(SharedSites).Select(Path.GetFileName).Order(StringComparer.Ordinal)) names.Add(site!);
        else
            names.Add("(missing: ../shared/jekyll-sites beside the repository)");
        return names;
    }

    [Theory]
    [MemberData(nameof(SharedSiteNames))]
    public async Task A_real_jekyll_site_compares_clean_with_jekyll(string site)
    {
        Assert.True(Directory.Exists(Path.Combine(SharedSites, site)), $"no site {site} in {SharedSites}");

        var (exit, output) = await Processes.RunAsync("bash", [Path.Combine(SharedSites, "compare-with-jekyll.sh"), site, "dotnet", Generator], Repository);

        Assert.True(exit == 0, $"compare-with-jekyll.sh {site} exited {exit}:\n{output}");
    }

    [Fact]
    public async Task A_site_made_by_jekyll_new_with_the_minima_theme_gem_compares_clean_with_jekyll()
    {
        var work = Directory.CreateTempSubdirectory("blog-jekyll-new-").FullName;
        try
        {
            var source = Path.Combine(work, "src");
            var (made, madeOutput) = await Processes.RunAsync("jekyll", ["new", "--skip-bundle", source], work);
            Assert.True(made == 0, "jekyll new failed (apt-get install jekyll jekyll-theme-minima):\n" + madeOutput);

            var (exit, output) = await CompareAsync(source, work);

            Assert.True(exit == 0, output);
        }
        finally
        {
            Directory.Delete(work, recursive: true);
        }
    }

    /// <summary>Builds <paramref name="source"/> with Jekyll and with the generator and compares them with the shared compare.py.</summary>
    private static async Task<(int Exit, string Output)> CompareAsync(string source, string work)
    {
        var jekyllOut = Path.Combine(work, "jekyll");
        var ourOut = Path.Combine(work, "ours");
        var (jekyll, jekyllOutput) = await Processes.RunAsync("jekyll", ["build", "-q", "-s", source, "-d", jekyllOut], source);
        if (jekyll != 0) return (2, "Jekyll itself failed (apt-get install jekyll and its plugin packages):\n" + jekyllOutput);
        var (ours, ourOutput) = await Processes.RunAsync("dotnet", [Generator, "--source", source, "--destination", ourOut, "--lab", "frozen"], source);
        if (ours != 0) return (1, "our build failed:\n" + ourOutput);
        var (same, comparison) = await Processes.RunAsync("python3", [Path.Combine(SharedSites, "compare.py"), jekyllOut, ourOut, "--text"], work);
        return (same, comparison);
    }
}

/// <summary>The Jekyll comparisons run one at a time: each builds a whole site twice on a 2-core machine.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class JekyllCollection
{
    public const string Name = "Jekyll comparisons";
}
