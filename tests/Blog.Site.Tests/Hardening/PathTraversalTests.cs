using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Hardening;

/// <summary>
/// Nothing in a site may make the build read or write outside its folders: climbing permalinks, includes, config
/// folders, destinations that hold the source, and symbolic links that leave the source are errors at their place.
/// A secret file beside the site stands for what must never be read into the output.
/// </summary>
public sealed class PathTraversalTests : IDisposable
{
    private const string Secret = "TOP-SECRET-4711";

    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: T\nurl: https://example.org\n")
        .With("_layouts/default.html", "<html><body>{{ content }}</body></html>\n")
        .With("index.html", "---\nlayout: default\n---\nHome\n");

    public PathTraversalTests()
    {
        Directory.CreateDirectory(Path.Combine(_site.Root, "outside", "folder"));
        File.WriteAllText(Path.Combine(_site.Root, "outside", "secret.yml"), $"key: {Secret}\n");
        File.WriteAllText(Path.Combine(_site.Root, "outside", "folder", "secret.html"), Secret);
    }

    private string Outside(string name) => Path.Combine(_site.Root, "outside", name);

    private async Task<IReadOnlyList<BuildError>> Errors()
    {
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));
        return failed.Errors;
    }

    private void AssertNothingOutsideWasWritten() =>
        Assert.Equal(["out", "outside", "src"], Directory.GetFileSystemEntries(_site.Root).Select(Path.GetFileName).Where(n => n != "out").Append("out").Order());

    [Theory]
    [InlineData("/../../etc/x")]
    [InlineData("/a/../../../x.html")]
    [InlineData("/%2e%2e/%2e%2e/x/")]
    [InlineData("../x")]
    public async Task A_permalink_climbing_with_dot_dot_is_an_error_at_its_line(string permalink)
    {
        _site.With("evil.md", $"---\npermalink: \"{permalink}\"\n---\nx\n");
        var error = Assert.Single(await Errors());
        Assert.Equal(("evil.md", 2), (error.Position.Path, error.Position.Line));
        Assert.Contains("climbs out of the site", error.Message);
        Assert.False(Directory.Exists(_site.Destination));
    }

    [Theory]
    [InlineData("../../outside/secret.yml")]
    [InlineData("/etc/passwd")]
    [InlineData("{{ page.file }}")]
    public async Task An_include_outside_the_includes_folder_is_an_error_and_nothing_is_read(string name)
    {
        _site.With("evil.md", "---\nlayout: default\nfile: ../../outside/secret.yml\n---\n{% include " + name + " %}\n");
        var error = Assert.Single(await Errors());
        Assert.Equal(("evil.md", 5), (error.Position.Path, error.Position.Line));
        Assert.Contains("include", error.Message);
    }

    [Theory]
    [InlineData("data_dir", "../outside")]
    [InlineData("data_dir", "/etc")]
    [InlineData("includes_dir", "../../..")]
    [InlineData("layouts_dir", "../outside/folder")]
    public async Task A_config_folder_outside_the_source_is_an_error_at_its_line(string key, string folder)
    {
        _site.With("_config.yml", $"title: T\n{key}: {folder}\n").With("dump.html", "---\n---\n{{ site.data | jsonify }}\n");
        var error = Assert.Single(await Errors());
        Assert.Equal("_config.yml:2:1: '" + key + "' must be a folder inside the source folder, not '" + folder + "'", error.ToString());
    }

    [Fact]
    public async Task A_destination_that_is_the_source_is_refused_and_the_source_is_kept()
    {
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() =>
            new SiteBuilder().BuildAsync(_site.Options() with { Destination = _site.Source }));
        Assert.Contains("cannot be or contain the source folder", Assert.Single(failed.Errors).Message);
        Assert.True(File.Exists(Path.Combine(_site.Source, "index.html")));
    }

    [Fact]
    public async Task A_destination_that_contains_the_source_is_refused_and_nothing_is_moved()
    {
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() =>
            new SiteBuilder().BuildAsync(_site.Options() with { Destination = _site.Root }));
        Assert.Contains("cannot be or contain the source folder", Assert.Single(failed.Errors).Message);
        Assert.True(File.Exists(Path.Combine(_site.Source, "index.html")));
        Assert.True(File.Exists(Outside("secret.yml")));
    }

    [Fact]
    public async Task The_file_system_root_as_destination_is_refused()
    {
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() =>
            new SiteBuilder().BuildAsync(_site.Options() with { Destination = "/" }));
        Assert.Contains(failed.Errors, e => e.Message.Contains("file system root"));
    }

    [Fact]
    public async Task A_destination_inside_the_source_is_allowed_and_not_read_as_input()
    {
        var inside = Path.Combine(_site.Source, "_site");
        await new SiteBuilder().BuildAsync(_site.Options() with { Destination = inside });
        await new SiteBuilder().BuildAsync(_site.Options() with { Destination = inside });
        Assert.False(Directory.Exists(Path.Combine(inside, "_site")));
        Assert.True(File.Exists(Path.Combine(inside, "index.html")));
    }

    [Fact]
    public async Task A_symbolic_link_to_a_file_outside_the_source_is_an_error_and_not_copied()
    {
        File.CreateSymbolicLink(Path.Combine(_site.Source, "leak.html"), Outside("folder/secret.html"));
        var error = Assert.Single(await Errors());
        Assert.Equal("leak.html", error.Position.Path);
        Assert.Contains("outside the site folder", error.Message);
        Assert.False(Directory.Exists(_site.Destination));
    }

    [Fact]
    public async Task A_symbolic_link_to_a_folder_outside_the_source_is_an_error_and_not_walked()
    {
        Directory.CreateSymbolicLink(Path.Combine(_site.Source, "docs"), Outside("folder"));
        var error = Assert.Single(await Errors());
        Assert.Equal("docs", error.Position.Path);
        Assert.Contains("outside the site folder", error.Message);
    }

    [Theory]
    [InlineData("_data/leak.yml", "secret.yml")]
    [InlineData("_includes/leak.html", "folder/secret.html")]
    [InlineData("_layouts/leak.html", "folder/secret.html")]
    [InlineData("_posts/2024-01-01-leak.md", "folder/secret.html")]
    public async Task A_symbolic_link_in_a_special_folder_pointing_outside_is_an_error(string link, string target)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_site.Source, link))!);
        File.CreateSymbolicLink(Path.Combine(_site.Source, link), Outside(target));
        var error = Assert.Single(await Errors());
        Assert.Equal(link, error.Position.Path);
        Assert.Contains("outside the site folder", error.Message);
    }

    [Fact]
    public async Task A_data_folder_that_is_a_link_outside_the_source_is_an_error_and_not_read()
    {
        Directory.CreateSymbolicLink(Path.Combine(_site.Source, "_data"), Path.Combine(_site.Root, "outside"));
        _site.With("dump.html", "---\n---\n{{ site.data | jsonify }}\n");
        var error = Assert.Single(await Errors());
        Assert.Equal("_data", error.Position.Path);
    }

    [Fact]
    public async Task A_symbolic_link_to_its_own_parent_folder_is_an_error_not_an_endless_walk()
    {
        Directory.CreateDirectory(Path.Combine(_site.Source, "docs"));
        Directory.CreateSymbolicLink(Path.Combine(_site.Source, "docs", "loop"), Path.Combine(_site.Source, "docs"));
        var error = Assert.Single(await Errors());
        Assert.Equal("docs/loop", error.Position.Path);
        Assert.Contains("contains the link itself", error.Message);
    }

    [Fact]
    public async Task A_symbolic_link_inside_the_source_is_followed()
    {
        _site.With("assets/real.txt", "shared");
        File.CreateSymbolicLink(Path.Combine(_site.Source, "alias.txt"), Path.Combine(_site.Source, "assets", "real.txt"));
        await new SiteBuilder().BuildAsync(_site.Options());
        Assert.Equal("shared", _site.Output("alias.txt"));
    }

    [Fact]
    public async Task No_refused_input_leaves_a_file_outside_the_destination()
    {
        _site.With("a.md", "---\npermalink: /../../escaped.html\n---\nx\n")
             .With("_config.yml", "title: T\nplugins: [jekyll-feed, jekyll-archives]\nfeed:\n  path: ../escaped.xml\njekyll-archives:\n  enabled: [tags]\n  permalinks:\n    tag: /../../:name/\n")
             .With("_posts/2024-01-01-p.md", "---\ntags: [t]\n---\nx\n");
        await Errors();
        Assert.Empty(Directory.EnumerateFiles(_site.Root, "escaped*", SearchOption.AllDirectories));
        Assert.Empty(Directory.EnumerateFiles(Path.GetDirectoryName(_site.Root)!, "escaped*"));
        AssertNothingOutsideWasWritten();
    }

    public void Dispose() => _site.Dispose();
}
