using System.Text;
using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Hardening;

/// <summary>One test per crash or leak the robustness suite found, named for the behaviour that fixed it.</summary>
public sealed class HostileInputRegressionTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: T\nurl: https://example.org\ntime: 2024-03-01 10:00:00 +0000\n")
        .With("_layouts/default.html", "<html><body>{{ content }}</body></html>\n")
        .With("index.html", "---\nlayout: default\n---\nHome\n");

    private static string Repeat(string text, int times) => new StringBuilder().Insert(0, text, times).ToString();

    private async Task<BuildError> SingleError()
    {
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));
        return Assert.Single(failed.Errors);
    }

    [Fact]
    public async Task Front_matter_nested_ten_thousand_deep_is_an_error_not_a_stack_overflow()
    {
        _site.With("_posts/2024-01-01-deep.md", "---\ntitle: " + Repeat("[", 10_000) + "\n---\nx\n");
        var error = await SingleError();
        Assert.Equal(("_posts/2024-01-01-deep.md", 2), (error.Position.Path, error.Position.Line));
        Assert.Contains("nested more than 128 levels", error.Message);
    }

    [Fact]
    public async Task Ten_thousand_nested_ifs_are_an_error_at_the_tag_that_goes_too_deep()
    {
        _site.With("deep.md", "---\n---\n" + Repeat("{% if true %}", 10_000) + "x" + Repeat("{% endif %}", 10_000));
        var error = await SingleError();
        Assert.Equal("deep.md:3:1301: Liquid syntax error: blocks are nested more than 100 levels deep here", error.ToString());
    }

    [Fact]
    public async Task Ten_thousand_nested_parentheses_are_an_error_not_a_stack_overflow()
    {
        _site.With("deep.md", "---\n---\n{{ " + Repeat("(", 10_000) + "1" + Repeat(")", 10_000) + " }}");
        Assert.Contains("brackets are nested more than 32 levels deep", (await SingleError()).Message);
    }

    [Fact]
    public async Task Ten_thousand_chained_filters_are_an_error_not_a_stack_overflow()
    {
        _site.With("deep.md", "---\n---\n{{ 'a'" + Repeat(" | upcase", 10_000) + " }}");
        Assert.Contains("more than 200 filters are chained", (await SingleError()).Message);
    }

    [Fact]
    public async Task Ten_thousand_nested_blockquotes_are_an_error_at_the_post_not_a_crash()
    {
        _site.With("_posts/2024-01-01-deep.md", "---\ntitle: Deep\n---\n" + Repeat(">", 10_000) + " quoted\n");
        var error = await SingleError();
        Assert.Equal(("_posts/2024-01-01-deep.md", 4), (error.Position.Path, error.Position.Line));
        Assert.Contains("nested too deeply", error.Message);
    }

    [Fact]
    public async Task Nesting_inside_raw_is_text_and_not_counted()
    {
        _site.With("raw.md", "---\nlayout: default\n---\n{% raw %}" + Repeat("{% if x %}", 500) + "{% endraw %}\n");
        await new SiteBuilder().BuildAsync(_site.Options());
        Assert.Contains("{% if x %}{% if x %}", _site.Output("raw.html"));
    }

    [Theory]
    [InlineData("9999-12-31 23:59:59 -1400")]
    [InlineData("0001-01-01 00:00:00 +1400")]
    public async Task A_date_that_leaves_years_1_to_9999_in_utc_is_an_error_at_its_line(string date)
    {
        _site.With("_posts/2024-01-01-edge.md", $"---\ndate: {date}\n---\nx\n");
        var error = await SingleError();
        Assert.Equal(("_posts/2024-01-01-edge.md", 2), (error.Position.Path, error.Position.Line));
        Assert.StartsWith("invalid date", error.Message);
    }

    [Fact]
    public async Task A_permalink_with_a_name_longer_than_file_systems_allow_is_an_error_at_its_line()
    {
        _site.With("long.md", "---\npermalink: /" + new string('a', 300) + "/\n---\nx\n");
        var error = await SingleError();
        Assert.Equal(("long.md", 2), (error.Position.Path, error.Position.Line));
        Assert.Contains("longer than 255 bytes", error.Message);
    }

    [Fact]
    public async Task A_permalink_with_a_nul_character_is_an_error_at_its_line()
    {
        _site.With("nul.md", "---\npermalink: \"/a\\0b/\"\n---\nx\n");
        var error = await SingleError();
        Assert.Equal(("nul.md", 2), (error.Position.Path, error.Position.Line));
        Assert.Contains("NUL", error.Message);
    }

    [Fact]
    public async Task A_page_written_where_another_page_needs_a_folder_is_an_error_naming_both()
    {
        _site.With("a.md", "---\npermalink: /x.html\n---\na\n").With("b.md", "---\npermalink: /x.html/y.html\n---\nb\n");
        var error = await SingleError();
        Assert.Equal("b.md:1:1: writes x.html/y.html, but a.md writes the file x.html where that needs a folder: give one of them another permalink", error.ToString());
    }

    [Fact]
    public async Task A_static_file_and_a_page_writing_the_same_file_fail_with_errors_not_an_io_exception()
    {
        _site.With("same.html", "static, no front matter").With("page.md", "---\npermalink: /same.html\n---\npage\n");
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));
        Assert.Contains(failed.Errors, e => e.Message.Contains("same.html"));
    }

    [Fact]
    public async Task A_feed_path_outside_the_destination_is_an_error_not_a_write_outside()
    {
        _site.With("_config.yml", "title: T\nurl: https://example.org\nplugins: [jekyll-feed]\nfeed:\n  path: ../../evil.xml\n");
        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));
        Assert.Contains(failed.Errors, e => e.Message.Contains("'..'"));
        Assert.False(File.Exists(Path.Combine(_site.Root, "..", "evil.xml")));
    }

    [Fact]
    public async Task A_paginate_path_that_is_not_text_is_an_error_at_its_line()
    {
        _site.With("_config.yml", "title: T\npaginate: 1\npaginate_path: [x]\n").With("_posts/2024-01-01-a.md", "---\n---\na\n");
        var error = await SingleError();
        Assert.Equal(("_config.yml", 3), (error.Position.Path, error.Position.Line));
        Assert.Contains("paginate_path", error.Message);
    }

    [Fact]
    public async Task An_author_given_as_a_list_of_numbers_names_nobody_in_the_feed()
    {
        _site.With("_config.yml", "title: T\nurl: https://example.org\nplugins: [jekyll-feed]\nauthor: [1]\n").With("_posts/2024-01-01-a.md", "---\n---\na\n");
        await new SiteBuilder().BuildAsync(_site.Options());
        Assert.DoesNotContain("<author><name>1", _site.Output("feed.xml"));
    }

    [Fact]
    public async Task Control_characters_in_config_values_are_dropped_from_the_feed()
    {
        _site.With("_config.yml", "title: T\nurl: https://example.org\nplugins: [jekyll-feed]\nlang: \"en\\e[2J\"\n").With("_posts/2024-01-01-a.md", "---\n---\na\n");
        await new SiteBuilder().BuildAsync(_site.Options());
        Assert.Contains("xml:lang=\"en[2J\"", _site.Output("feed.xml"));
    }

    [Fact]
    public void An_error_quoting_a_line_break_stays_one_line()
    {
        var error = new BuildError(new SourcePosition("a.md", 2, 3), "invalid include tag 'x\r\ny\u001b'");
        Assert.Equal("a.md:2:3: invalid include tag 'x\\r\\ny\\u001B'", error.ToString());
    }

    [Fact]
    public async Task A_category_with_a_backslash_links_to_its_post()
    {
        _site.With("_posts/2024-01-01-a.md", "---\ncategories: ['a\\b']\n---\na\n")
             .With("list.html", "---\n---\n{% for p in site.posts %}<a href=\"{{ p.url }}\">x</a>{% endfor %}\n");
        await new SiteBuilder().BuildAsync(_site.Options());
        Assert.True(File.Exists(Path.Combine(_site.Destination, "a\\b/2024/01/01/a.html")));
    }

    public void Dispose() => _site.Dispose();
}
