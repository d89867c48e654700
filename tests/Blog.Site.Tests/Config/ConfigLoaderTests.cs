using Blog.Site.Config;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Content;

namespace Blog.Site.Tests.Config;

public sealed class ConfigLoaderTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

    private SiteSettings Load(Func<string, string?>? environment = null, DateTimeOffset? now = null, BuildOptions? options = null) =>
        ConfigLoader.Load(options ?? _site.Options, _site.Errors, environment ?? (_ => null),
            new FixedClock(now ?? new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)));

    [Fact]
    public void The_source_config_file_is_read_by_default()
    {
        _site.WithConfig("title: My blog\ndescription: About things\n");

        var settings = Load();

        Assert.Equal("My blog", settings.Title);
        Assert.Equal("About things", settings.Description);
    }

    [Fact]
    public void A_site_without_config_gets_Jekyll_defaults()
    {
        var settings = Load();

        Assert.Empty(_site.Errors.Errors);
        Assert.Equal("date", settings.Permalink);
        Assert.Equal("\n\n", settings.ExcerptSeparator);
        Assert.Equal("/page:num", settings.PaginatePath);
    }

    [Fact]
    public void Later_config_files_win()
    {
        _site.With("a.yml", "title: A\nurl: https://a.example\n").With("b.yml", "title: B\n");

        var settings = Load(options: _site.Options with { ConfigFiles = [Path.Combine(_site.Source, "a.yml"), Path.Combine(_site.Source, "b.yml")] });

        Assert.Equal("B", settings.Title);
        Assert.Equal("https://a.example", settings.Url);
    }

    [Fact]
    public void A_comma_separated_config_list_is_several_files()
    {
        _site.With("a.yml", "title: A\n").With("b.yml", "title: B\n");

        var settings = Load(options: _site.Options with { ConfigFiles = [Path.Combine(_site.Source, "a.yml") + "," + Path.Combine(_site.Source, "b.yml")] });

        Assert.Equal("B", settings.Title);
    }

    [Fact]
    public void Nested_config_values_merge_key_by_key()
    {
        _site.With("a.yml", "author:\n  name: Ann\n  email: a@x\n").With("b.yml", "author:\n  name: Bob\n");

        var settings = Load(options: _site.Options with { ConfigFiles = [Path.Combine(_site.Source, "a.yml"), Path.Combine(_site.Source, "b.yml")] });

        var author = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(settings.Values["author"]);
        Assert.Equal("Bob", author["name"]);
        Assert.Equal("a@x", author["email"]);
    }

    [Fact]
    public void A_missing_explicit_config_file_is_an_error()
    {
        Load(options: _site.Options with { ConfigFiles = [Path.Combine(_site.Source, "nope.yml")] });

        Assert.Contains(_site.Errors.Errors, e => e.Position.Path == "nope.yml" && e.Message.Contains("not found"));
    }

    [Fact]
    public void Malformed_config_yaml_is_reported_with_path_line_and_column()
    {
        _site.WithConfig("title: ok\nurl: x\n  bad: indentation\n");

        Load();

        var error = Assert.Single(_site.Errors.Errors);
        Assert.Equal("_config.yml", error.Position.Path);
        Assert.Equal(3, error.Position.Line);
        Assert.True(error.Position.Column > 0);
        Assert.Matches(@"^_config\.yml:3:\d+: \w", error.ToString());
    }

    [Fact]
    public void Errors_in_several_config_files_are_all_reported()
    {
        _site.With("a.yml", "a: [\n").With("b.yml", "b: {\n");

        Load(options: _site.Options with { ConfigFiles = [Path.Combine(_site.Source, "a.yml"), Path.Combine(_site.Source, "b.yml")] });

        Assert.Equal(["a.yml", "b.yml"], _site.Errors.Errors.Select(e => e.Position.Path));
    }

    [Fact]
    public void Values_hold_every_config_key_and_Jekyll_defaults_for_site_variables()
    {
        _site.WithConfig("github_user: someone\n");

        var settings = Load();

        Assert.Equal("someone", settings.Values["github_user"]);
        Assert.Equal("markdown,mkdown,mkdn,mkd,md", settings.Values["markdown_ext"]);
    }

    [Fact]
    public void The_url_loses_its_trailing_slash()
    {
        _site.WithConfig("url: https://example.org/\n");

        Assert.Equal("https://example.org", Load().Url);
    }

    [Theory]
    [InlineData("/blog/", "/blog")]
    [InlineData("blog", "/blog")]
    [InlineData("/", "")]
    [InlineData("''", "")]
    public void The_baseurl_is_normalised(string configured, string expected)
    {
        _site.WithConfig($"baseurl: {configured}\n");

        Assert.Equal(expected, Load().BaseUrl);
    }

    [Fact]
    public void The_time_zone_defaults_to_UTC_not_the_machine_zone() => Assert.Equal(TimeZoneInfo.Utc, Load().TimeZone);

    [Fact]
    public void The_time_zone_is_an_IANA_name()
    {
        _site.WithConfig("timezone: America/New_York\n");

        Assert.Equal("America/New_York", Load().TimeZone.Id);
    }

    [Fact]
    public void An_unknown_time_zone_is_an_error_at_its_line()
    {
        _site.WithConfig("title: x\ntimezone: Mars/Olympus\n");

        Load();

        var error = Assert.Single(_site.Errors.Errors);
        Assert.Equal(new SourcePosition("_config.yml", 2, 1), error.Position);
    }

    [Fact]
    public void The_site_time_comes_from_the_config()
    {
        _site.WithConfig("time: 2024-05-01 12:00:00 +0200\n");

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 10, 0, 0, TimeSpan.Zero), Load(_ => "1").Time);
    }

    [Fact]
    public void The_site_time_falls_back_to_SOURCE_DATE_EPOCH()
    {
        var settings = Load(name => name == "SOURCE_DATE_EPOCH" ? "1700000000" : null);

        Assert.Equal(DateTimeOffset.FromUnixTimeSeconds(1700000000), settings.Time);
    }

    [Fact]
    public void The_site_time_falls_back_to_now()
    {
        var now = new DateTimeOffset(2031, 3, 4, 5, 6, 7, TimeSpan.Zero);

        Assert.Equal(now, Load(now: now).Time);
    }

    [Fact]
    public void The_site_time_is_expressed_in_the_site_zone()
    {
        _site.WithConfig("timezone: Asia/Tokyo\n");

        Assert.Equal(TimeSpan.FromHours(9), Load(name => name == "SOURCE_DATE_EPOCH" ? "0" : null).Time.Offset);
    }

    [Fact]
    public void A_bad_config_time_is_an_error()
    {
        _site.WithConfig("time: soon\n");

        Load();

        Assert.Contains(_site.Errors.Errors, e => e.Position == new SourcePosition("_config.yml", 1, 1));
    }

    [Fact]
    public void Exclude_must_be_a_list()
    {
        _site.WithConfig("exclude: drafts\n");

        Load();

        Assert.Contains(_site.Errors.Errors, e => e.Message.Contains("'exclude'") && e.Position.Line == 1);
    }

    [Fact]
    public void Jekyll_default_excludes_are_added_to_the_site_excludes()
    {
        _site.WithConfig("exclude: [scripts]\n");

        var settings = Load();

        Assert.Contains("scripts", settings.Exclude);
        Assert.Contains("Gemfile", settings.Exclude);
        Assert.Contains("node_modules", settings.Exclude);
    }

    [Fact]
    public void Include_defaults_to_htaccess() => Assert.Equal([".htaccess"], Load().Include);

    [Fact]
    public void Paginate_settings_are_read()
    {
        _site.WithConfig("paginate: 5\npaginate_path: /blog/page:num/\n");

        var settings = Load();

        Assert.Equal(5, settings.Paginate);
        Assert.Equal("/blog/page:num/", settings.PaginatePath);
    }

    [Fact]
    public void Paginate_must_be_a_number()
    {
        _site.WithConfig("paginate: many\n");

        Load();

        Assert.Contains(_site.Errors.Errors, e => e.Message.Contains("'paginate'"));
    }

    [Fact]
    public void Defaults_are_read_with_scope_path_and_type()
    {
        _site.WithConfig("defaults:\n  - scope: { path: blog, type: post }\n    values: { layout: post }\n  - values: { author: me }\n");

        var defaults = Load().Defaults;

        Assert.Equal(2, defaults.Count);
        Assert.Equal(("blog", "posts"), (defaults[0].Path, defaults[0].Type));
        Assert.Equal("post", defaults[0].Values["layout"]);
        Assert.Equal(("", (string?)null), (defaults[1].Path, defaults[1].Type));
    }

    [Fact]
    public void Drafts_future_and_unpublished_come_from_the_command_line()
    {
        var settings = Load(options: _site.Options with { Drafts = true, Future = true, Unpublished = true });

        Assert.True(settings.Drafts && settings.Future && settings.Unpublished);
    }

    [Fact]
    public void Future_can_also_be_set_in_the_config_as_in_Jekyll()
    {
        _site.WithConfig("future: true\n");

        Assert.True(Load().Future);
    }

    [Fact]
    public void The_theme_config_is_merged_under_the_site_config()
    {
        string theme = Path.Combine(_site.Root, "theme");
        Directory.CreateDirectory(theme);
        File.WriteAllText(Path.Combine(theme, "_config.yml"), "title: Theme title\nlogo: theme.png\n");
        _site.WithConfig("title: Site title\n");

        var settings = Load(options: _site.Options with { Theme = theme });

        Assert.Equal("Site title", settings.Title);
        Assert.Equal("theme.png", settings.Values["logo"]);
    }
}
