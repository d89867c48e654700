using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Hardening;

/// <summary>
/// A build that fails, whatever the reason and whichever stage finds it, leaves the last good output exactly as it
/// was: the same files with the same bytes, and no staging folder beside it.
/// </summary>
public sealed class AtomicOutputTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: T\nurl: https://example.org\ntime: 2024-03-01 10:00:00 +0000\n")
        .With("_layouts/default.html", "<html><body>{{ content }}</body></html>\n")
        .With("_posts/2024-01-01-first.md", "---\nlayout: default\ntitle: First\n---\nHello.\n")
        .With("index.html", "---\nlayout: default\n---\n{% for p in site.posts %}<a href=\"{{ p.url }}\">{{ p.title }}</a>{% endfor %}\n")
        .With("assets/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");

    public static TheoryData<string, string, string> Breakages => new()
    {
        { "broken config", "_config.yml", "title: [unclosed\n" },
        { "broken front matter", "_posts/2024-01-02-bad.md", "---\ntitle: {x\n---\nbody\n" },
        { "Liquid syntax error", "_posts/2024-01-02-bad.md", "---\n---\n{% if %}\n" },
        { "unknown include", "page.md", "---\n---\n{% include nosuch.html %}\n" },
        { "error while rendering", "page.md", "---\n---\n{{ 5 | divided_by: 0 }}\n" },
        { "unknown layout", "page.md", "---\nlayout: nowhere\n---\nx\n" },
        { "broken link", "page.md", "---\nlayout: default\n---\n[gone](/nowhere/)\n" },
        { "duplicate permalink", "page.md", "---\npermalink: /2024/01/01/first.html\n---\nx\n" },
        { "unwritable permalink", "page.md", "---\npermalink: /" + new string('n', 300) + ".html\n---\nx\n" },
        { "bad date", "_posts/2024-02-30-bad.md", "---\n---\nx\n" },
        { "nesting too deep", "page.md", "---\n---\n" + string.Concat(Enumerable.Repeat("{% if true %}", 200)) + "\n" },
        { "symbolic link outside", "", "" },
    };

    [Theory]
    [MemberData(nameof(Breakages))]
    public async Task A_failed_build_leaves_the_previous_output_byte_for_byte(string breakage, string path, string text)
    {
        await new SiteBuilder().BuildAsync(_site.Options());
        var before = _site.OutputTree();

        if (path.Length > 0) _site.With(path, text);
        else File.CreateSymbolicLink(Path.Combine(_site.Source, "leak.txt"), "/etc/hostname");
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));

        Assert.NotEmpty(failed.Errors);
        var after = _site.OutputTree();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (file, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[file]), $"{breakage}: {file} changed");
        Assert.Equal(["out", "src"], Directory.GetFileSystemEntries(_site.Root).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task A_cancelled_build_leaves_the_previous_output_byte_for_byte()
    {
        await new SiteBuilder().BuildAsync(_site.Options());
        var before = _site.OutputTree();
        for (int i = 0; i < 200; i++) _site.With($"_posts/2024-02-{1 + i % 28:00}-p{i}.md", $"---\nlayout: default\n---\nPost {i}.\n");

        using var cancel = new CancellationTokenSource();
        var build = new SiteBuilder().BuildAsync(_site.Options(), cancel.Token);
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => build);

        var after = _site.OutputTree();
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (file, bytes) in before) Assert.True(bytes.AsSpan().SequenceEqual(after[file]), file);
        Assert.Equal(["out", "src"], Directory.GetFileSystemEntries(_site.Root).Select(Path.GetFileName).Order());
    }

    public void Dispose() => _site.Dispose();
}
