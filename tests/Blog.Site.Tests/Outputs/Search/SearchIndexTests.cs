using System.Text.Json;
using Blog.Site.Build;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Outputs.Search;

/// <summary>
/// <c>search_index:</c> in the config writes <c>search.json</c>: the posts the build writes, newest first, each with what the
/// theme's script searches and shows. Off for a site that does not ask.
/// </summary>
public sealed class SearchIndexTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private const string Layout = "<html><body><h1>{{ page.title }}</h1>{{ content }}</body></html>\n";

    private TempSite Blog(string search) => _site
        .With("_config.yml", $"title: T\nurl: https://example.org\nbaseurl: /blog\n{search}")
        .With("_layouts/post.html", Layout)
        .With("_posts/2024-02-14-containers.md", """
            ---
            layout: post
            title: "Containers & <VMs>"
            categories: [DevOps]
            tags: [docker, qemu]
            ---
            * toc
            {:toc}

            A container is a process with its own view of the system.

            ## Kernel namespaces

            The kernel gives each container namespaces and cgroups; namespaces again, and cgroups.

            ```sh
            docker run --rm busybox uname -r
            ```
            """)
        .With("_posts/2024-03-01-later.md", "---\nlayout: post\ntitle: Later\n---\nA later post.\n")
        .With("_posts/2024-03-02-hidden.md", "---\nlayout: post\ntitle: Hidden\nsearch: false\n---\nNot in the index.\n")
        .With("_posts/2024-03-03-unpublished.md", "---\nlayout: post\ntitle: Unpublished\npublished: false\n---\nNot written.\n")
        .With("_drafts/draft.md", "---\nlayout: post\ntitle: Draft\n---\nNot written.\n");

    private async Task<JsonElement> BuildIndexAsync(string path = "search.json")
    {
        await new SiteBuilder().BuildAsync(_site.Options());
        return JsonDocument.Parse(_site.Output(path)).RootElement.GetProperty("posts");
    }

    [Fact]
    public async Task The_index_lists_the_written_posts_newest_first_with_what_a_result_shows()
    {
        Blog("search_index: true\n");

        var posts = await BuildIndexAsync();

        Assert.Equal(["Later", "Containers & <VMs>"], posts.EnumerateArray().Select(p => p.GetProperty("t").GetString()));
        var post = posts[1];
        Assert.Equal("/blog/devops/2024/02/14/containers.html", post.GetProperty("u").GetString());
        Assert.Equal("2024-02-14", post.GetProperty("d").GetString());
        Assert.Equal(["DevOps"], post.GetProperty("c").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["docker", "qemu"], post.GetProperty("g").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(["Kernel namespaces"], post.GetProperty("h").EnumerateArray().Select(c => c.GetString()));
    }

    [Fact]
    public async Task The_text_is_the_posts_words_without_markup_code_or_table_of_contents()
    {
        Blog("search_index:\n  text: 40\n  words: 3\n");

        var post = (await BuildIndexAsync())[1];

        // Cut at a word, marked as cut; the heading is in "h", the code block and the {:toc} list nowhere.
        Assert.Equal("A container is a process with its own…", post.GetProperty("x").GetString());
        // The most frequent words beyond the start and the headings, most frequent first: "namespaces" is a heading's.
        Assert.Equal("cgroups view system", post.GetProperty("w").GetString());
        Assert.DoesNotContain("busybox", post.ToString());
        Assert.DoesNotContain("uname", post.ToString());
    }

    [Fact]
    public async Task A_site_that_does_not_ask_for_search_gets_no_index()
    {
        Blog("");

        await new SiteBuilder().BuildAsync(_site.Options());

        Assert.False(File.Exists(Path.Combine(_site.Destination, "search.json")));
        Assert.True(File.Exists(Path.Combine(_site.Destination, "devops/2024/02/14/containers.html")));
    }

    [Fact]
    public async Task Search_index_false_or_enabled_false_turn_it_off_and_a_themes_own_search_key_does_not_turn_it_on()
    {
        foreach (var config in new[] { "search_index: false\n", "search_index:\n  enabled: false\n", "search: true\n" })
        {
            Blog(config);
            await new SiteBuilder().BuildAsync(_site.Options());
            Assert.False(File.Exists(Path.Combine(_site.Destination, "search.json")), config);
        }
    }

    [Fact]
    public async Task The_path_option_moves_the_index()
    {
        Blog("search_index:\n  path: /assets/posts.json\n");

        var posts = await BuildIndexAsync("assets/posts.json");

        Assert.Equal(2, posts.GetArrayLength());
        Assert.False(File.Exists(Path.Combine(_site.Destination, "search.json")));
    }

    [Theory]
    [InlineData("search_index: sometimes\n", "'search_index' should be true, false or a map of options (enabled, path, text, words), but was: sometimes")]
    [InlineData("search_index:\n  text: many\n", "'search_index.text' should be a whole number, 0 or more, but was: many")]
    [InlineData("search_index:\n  words: -1\n", "'search_index.words' should be a whole number, 0 or more, but was: -1")]
    [InlineData("search_index:\n  path: ../outside.json\n", "'search_index.path' should be a file path inside the site, such as search.json, but was: ../outside.json")]
    [InlineData("search_index:\n  limit: 3\n", "'search_index' has no option 'limit': use enabled, path, text, words")]
    public async Task A_bad_search_option_fails_the_build_at_its_config_line(string config, string message)
    {
        Blog(config);

        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options()));

        var error = Assert.Single(failure.Errors);
        Assert.Equal(message, error.Message);
        Assert.Equal("_config.yml:4", $"{Path.GetFileName(error.Position.Path)}:{error.Position.Line}");
    }

    [Fact]
    public async Task A_file_of_the_site_at_the_index_path_is_the_authors_own()
    {
        Blog("search_index: true\n").With("search.json", "{\"mine\":true}\n");

        await new SiteBuilder().BuildAsync(_site.Options());

        Assert.Equal("{\"mine\":true}\n", _site.Output("search.json"));
    }
}
