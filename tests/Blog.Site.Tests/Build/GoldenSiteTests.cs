using Blog.Site.Build;
using Blog.Site.Config;

namespace Blog.Site.Tests.Build;

/// <summary>
/// The fixture site in Fixtures/golden/site is built and its whole output tree compared byte for byte
/// with Fixtures/golden/expected. After an intended change, regenerate with BLOG_UPDATE_GOLDEN=1 and
/// review the diff like code.
/// </summary>
public class GoldenSiteTests
{
    private static string Fixture(params string[] parts) =>
        Path.Combine([AppContext.BaseDirectory, "Fixtures", "golden", .. parts]);

    [Fact]
    public async Task The_golden_site_builds_to_exactly_the_expected_tree()
    {
        var destination = Directory.CreateTempSubdirectory("blog-golden-").FullName;
        try
        {
            await new SiteBuilder().BuildAsync(new BuildOptions { Source = Fixture("site"), Destination = Path.Combine(destination, "out") });
            var actual = Tree(Path.Combine(destination, "out"));

            if (Environment.GetEnvironmentVariable("BLOG_UPDATE_GOLDEN") == "1")
                Update(actual);

            var expected = Tree(Fixture("expected"));
            Assert.Equal(expected.Keys.Order(StringComparer.Ordinal), actual.Keys.Order(StringComparer.Ordinal));
            foreach (var (path, text) in expected)
                Assert.True(text == actual[path], $"{path} differs from the golden copy:\n{actual[path]}");
        }
        finally
        {
            Directory.Delete(destination, recursive: true);
        }
    }

    private static Dictionary<string, string> Tree(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f).Replace('\\', '/'), File.ReadAllText);

    /// <summary>Writes the new tree into the source folder of the tests (not the copy in bin/).</summary>
    private static void Update(Dictionary<string, string> actual)
    {
        var source = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "..", "Fixtures", "golden", "expected"));
        if (Directory.Exists(source)) Directory.Delete(source, recursive: true);
        foreach (var (path, text) in actual)
        {
            var target = Path.Combine(source, path);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.WriteAllText(target, text);
        }
    }
}
