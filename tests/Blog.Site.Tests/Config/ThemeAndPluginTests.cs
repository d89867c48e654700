using Blog.Site.Config;
using Blog.Site.Tests.Content;

namespace Blog.Site.Tests.Config;

/// <summary>A theme and the built-in plugins are used only when the site asks for them, as in Jekyll.</summary>
public sealed class ThemeAndPluginTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private SiteSettings Load(Func<string, string?>? environment = null, BuildOptions? options = null) =>
        ConfigLoader.Load(options ?? _site.Options, _site.Errors, environment ?? (_ => null), TimeProvider.System);

    private string Folder(string relative, params (string Path, string Text)[] files)
    {
        var folder = Path.Combine(_site.Root, relative);
        Directory.CreateDirectory(folder);
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), text);
        }
        return folder;
    }

    [Fact]
    public void A_site_that_names_no_theme_has_none()
    {
        _site.WithConfig("title: Foreign site\n");

        Assert.Null(Load().Theme);
        Assert.Empty(_site.Errors.Errors);
    }

    [Fact]
    public void Theme_dir_names_a_folder_relative_to_the_source()
    {
        var theme = Folder("theme", ("_layouts/default.html", "{{ content }}"));
        _site.WithConfig("theme_dir: ../theme\n");

        Assert.Equal(theme, Load().Theme);
    }

    [Fact]
    public void The_command_line_theme_wins_over_the_config()
    {
        Folder("theme");
        var other = Folder("other");
        _site.WithConfig("theme_dir: ../theme\n");

        Assert.Equal(other, Load(options: _site.Options with { Theme = other }).Theme);
    }

    [Fact]
    public void A_theme_gem_is_found_where_rubygems_installs_it_newest_version_first()
    {
        var gems = Folder("gems", ("gems/minima-2.5.1/_layouts/home.html", "old"), ("gems/minima-2.10.0/_layouts/home.html", "new"),
            ("gems/minima-extra-9.0.0/_layouts/home.html", "another gem"));
        _site.WithConfig("theme: minima\n");

        var settings = Load(environment: name => name == "GEM_HOME" ? gems : null);

        Assert.Equal(Path.Combine(gems, "gems", "minima-2.10.0"), settings.Theme);
    }

    [Fact]
    public void A_theme_that_is_not_installed_is_an_error_at_the_config_line_saying_what_to_do()
    {
        _site.WithConfig("title: T\ntheme: surely-not-installed-theme\n");

        Load(environment: _ => null);

        var error = Assert.Single(_site.Errors.Errors);
        Assert.Equal("_config.yml:2:1", error.Position.ToString());
        Assert.Contains("theme 'surely-not-installed-theme' is not installed", error.Message);
        Assert.Contains("theme_dir:", error.Message);
    }

    [Fact]
    public void A_missing_theme_dir_is_an_error_naming_the_setting()
    {
        _site.WithConfig("theme_dir: ../nowhere\n");

        Load();

        Assert.Contains("theme_dir: no theme folder at", Assert.Single(_site.Errors.Errors).Message);
    }

    [Fact]
    public void The_themes_config_goes_under_the_sites()
    {
        Folder("theme", ("_config.yml", "title: Theme title\nauthor: Theme author\n"));
        _site.WithConfig("theme_dir: ../theme\ntitle: Site title\n");

        var settings = Load();

        Assert.Equal("Site title", settings.Title);
        Assert.Equal("Theme author", settings.Values["author"]);
    }

    [Fact]
    public void Plugins_come_from_plugins_and_not_from_jekyll_3s_gems_key_which_jekyll_4_3_ignores()
    {
        _site.WithConfig("plugins: [jekyll-feed]\ngems:\n  - jekyll-sitemap\n");

        var settings = Load();

        Assert.True(settings.HasPlugin("jekyll-feed"));
        Assert.False(settings.HasPlugin("jekyll-sitemap"));
        Assert.False(settings.HasPlugin("jekyll-seo-tag"));
    }

    [Theory]
    [InlineData("", LinkCheck.Error)]
    [InlineData("check_links: warning\n", LinkCheck.Warning)]
    [InlineData("check_links: off\n", LinkCheck.Off)]
    [InlineData("check_links: false\n", LinkCheck.Off)]
    public void Check_links_makes_broken_links_errors_warnings_or_nothing(string config, LinkCheck expected)
    {
        _site.WithConfig(config);

        Assert.Equal(expected, Load().LinkCheck);
    }

    [Fact]
    public void An_unknown_check_links_value_is_an_error_at_its_line()
    {
        _site.WithConfig("check_links: sometimes\n");

        Load();

        Assert.Equal("_config.yml:1:1", Assert.Single(_site.Errors.Errors).Position.ToString());
    }
}
