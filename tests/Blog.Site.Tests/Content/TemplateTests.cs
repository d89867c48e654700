namespace Blog.Site.Tests.Content;

public sealed class TemplateTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private string Theme(params (string Path, string Text)[] files)
    {
        string theme = Path.Combine(_site.Root, "theme");
        foreach (var (path, text) in files)
        {
            string full = Path.Combine(theme, path);
            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllText(full, text);
        }
        Directory.CreateDirectory(theme);
        return theme;
    }

    [Fact]
    public void Layouts_are_named_by_file_name_without_extension_and_keep_their_front_matter()
    {
        _site.With("_layouts/post.html", "---\nlayout: default\n---\n<article>{{ content }}</article>\n");

        var layout = _site.Read().Layouts["post"];

        Assert.Equal("default", layout.Data["layout"]);
        Assert.Equal("<article>{{ content }}</article>\n", layout.Body);
        Assert.Equal(4, layout.BodyLine);
    }

    [Fact]
    public void Layouts_in_sub_folders_keep_the_folder_in_their_name()
    {
        _site.With("_layouts/blog/post.html", "x");

        Assert.Contains("blog/post", _site.Read().Layouts.Keys);
    }

    [Fact]
    public void Includes_are_keyed_by_path_and_read_whole()
    {
        _site.With("_includes/nav/menu.html", "---\nnot: front matter\n---\n<nav/>\n");

        var include = _site.Read().Includes["nav/menu.html"];

        Assert.StartsWith("---", include.Body);
    }

    [Fact]
    public void The_source_layouts_and_includes_override_the_theme_ones()
    {
        string theme = Theme(("_layouts/default.html", "theme default"), ("_layouts/post.html", "theme post"), ("_includes/head.html", "theme head"));
        _site.With("_layouts/default.html", "site default").With("_includes/head.html", "site head");

        var content = _site.Read(_site.Options with { Theme = theme });

        Assert.Equal("site default", content.Layouts["default"].Body);
        Assert.Equal("theme post", content.Layouts["post"].Body);
        Assert.Equal("site head", content.Includes["head.html"].Body);
    }

    [Fact]
    public void Theme_assets_are_static_files_of_the_site()
    {
        string theme = Theme(("assets/css/main.css", "body{}"), ("_layouts/default.html", "x"));

        var file = Assert.Single(_site.Read(_site.Options with { Theme = theme }).StaticFiles);

        Assert.Equal("assets/css/main.css", file.OutputPath);
        Assert.StartsWith(theme, file.FullPath);
    }

    [Fact]
    public void A_source_file_at_the_same_path_replaces_the_theme_file()
    {
        string theme = Theme(("assets/css/main.css", "theme"));
        _site.With("assets/css/main.css", "site");

        var file = Assert.Single(_site.Read(_site.Options with { Theme = theme }).StaticFiles);

        Assert.StartsWith(_site.Source, file.FullPath);
    }

    [Fact]
    public void Theme_assets_with_front_matter_are_pages_and_nothing_outside_assets_is_part_of_the_site()
    {
        string theme = Theme(("404.html", "---\npermalink: /404.html\n---\nNot found\n"), ("README.md", "theme readme\n"),
            ("assets/main.html", "---\n---\nstyled\n"));

        var content = _site.Read(_site.Options with { Theme = theme });

        Assert.Equal("assets/main.html", Assert.Single(content.Pages).OutputPath);
        Assert.Empty(content.StaticFiles);
    }

    [Fact]
    public void Malformed_layout_front_matter_is_an_error()
    {
        _site.With("_layouts/bad.html", "---\na: [\n---\n");

        _site.Read();

        Assert.Contains(_site.Errors.Errors, e => e.Position.Path == "_layouts/bad.html");
    }
}
