using Blog.Site.Build;
using Blog.Site.Build.Incremental;

namespace Blog.Site.Tests.Incremental;

public class IncrementalBuildTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public async Task After_any_sequence_of_edits_the_incremental_output_is_byte_identical_to_a_clean_build(int seed)
    {
        using var fixture = new IncrementalFixture(seed);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("incremental"), CancellationToken.None);
        var random = new Random(seed);
        var history = new List<string>();

        for (var sequence = 0; sequence < 8; sequence++)
        {
            for (var edits = random.Next(1, 4); edits > 0; edits--) history.Add(fixture.EditAtRandom());
            history.Add("--- build");
            await incremental.BuildAsync(fixture.Options("incremental"), CancellationToken.None);
            await new SiteBuilder().BuildAsync(fixture.Options("clean"), CancellationToken.None);

            AssertSameTree(Path.Combine(fixture.Site.Root, "clean"), Path.Combine(fixture.Site.Root, "incremental"), history);
        }
    }

    [Fact]
    public async Task A_rebuild_without_changes_renders_nothing()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        var again = await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        Assert.Empty(again.Rendered);
        Assert.Equal(again.Build.Pages, again.Kept);
    }

    [Fact]
    public async Task Editing_a_post_body_renders_it_its_neighbours_and_the_listings_but_not_the_other_pages()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        File.AppendAllText(Path.Combine(fixture.Site.Source, "_posts/2024-02-03-post-3.md"), "\nEdited.\n");
        var report = await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        Assert.Contains(report.Rendered, p => p.EndsWith("2024/02/03/post-3.html", StringComparison.Ordinal));
        Assert.Contains(report.Rendered, p => p.EndsWith("2024/02/02/post-2.html", StringComparison.Ordinal));
        Assert.Contains(report.Rendered, p => p.EndsWith("2024/02/04/post-4.html", StringComparison.Ordinal));
        Assert.Contains("tags.html", report.Rendered);
        Assert.DoesNotContain(report.Rendered, p => p.EndsWith("post-5.html", StringComparison.Ordinal));
        Assert.DoesNotContain("plain.html", report.Rendered);
        Assert.DoesNotContain("about/index.html", report.Rendered);
    }

    [Fact]
    public async Task Editing_an_include_renders_only_the_pages_that_reach_it()
    {
        using var fixture = new IncrementalFixture(0);
        var incremental = new IncrementalSiteBuilder([]);
        await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        fixture.Site.With("_includes/note.html", "<aside class=\"note\">{{ include.text }}</aside>");
        var report = await incremental.BuildAsync(fixture.Options("out"), CancellationToken.None);

        Assert.Contains("about/index.html", report.Rendered);
        Assert.DoesNotContain("plain.html", report.Rendered);
        Assert.Contains("<aside class=\"note\">hi</aside>", fixture.Site.Output("../out/about/index.html"));
    }

    private static void AssertSameTree(string expected, string actual, IReadOnlyList<string> history)
    {
        var because = string.Join("; ", history);
        var expectedFiles = Files(expected);
        var actualFiles = Files(actual);
        Assert.True(expectedFiles.SetEquals(actualFiles),
            $"file sets differ after [{because}]: missing {string.Join(", ", expectedFiles.Except(actualFiles))}; extra {string.Join(", ", actualFiles.Except(expectedFiles))}");
        foreach (var file in expectedFiles)
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(actual, file))),
                $"{file} differs after [{because}]");
        var emptyFolders = Directory.EnumerateDirectories(actual, "*", SearchOption.AllDirectories).Where(d => !Directory.EnumerateFileSystemEntries(d).Any());
        Assert.Empty(emptyFolders);
    }

    private static HashSet<string> Files(string root) =>
        Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).ToHashSet();
}
