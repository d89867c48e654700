using Blog.Site.Build;
using Blog.Site.Content;
using Blog.Site.Diagnostics;

namespace Blog.Site.Tests.Content.Collections;

/// <summary>Jekyll 4.3's custom collections, rule by rule (collection.rb, document.rb, static_file.rb, site_drop.rb).</summary>
public sealed class CollectionTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    private static string Doc(string frontMatter, string body = "Body.\n") => "---\n" + frontMatter + "\n---\n" + body;

    private async Task<string> BuildAsync()
    {
        await new SiteBuilder().BuildAsync(_site.Options);
        return _site.Destination;
    }

    private string Output(string path) => File.ReadAllText(Path.Combine(_site.Destination, path));

    // ---- discovery ------------------------------------------------------------------------------------------------

    [Fact]
    public void Files_with_front_matter_are_documents_and_the_others_static_files_of_the_collection()
    {
        _site.WithConfig("collections:\n  recipes:\n    output: true\n")
            .With("_recipes/soup.md", Doc("title: Soup")).With("_recipes/img/photo.png", "png").With("_recipes/sub/cake.md", Doc(""));

        var content = _site.Read();

        var recipes = Assert.Single(content.Collections);
        Assert.Equal(["_recipes/soup.md", "_recipes/sub/cake.md"], recipes.Documents.Select(d => d.RelativePath).Order());
        Assert.Equal("/recipes/img/photo.png", Assert.Single(recipes.Files).Url);
        Assert.Empty(content.Pages);
        Assert.Contains(content.StaticFiles, f => f.RelativePath == "_recipes/img/photo.png");
        Assert.Empty(_site.Errors.Errors);
    }

    [Fact]
    public void A_list_of_names_declares_collections_that_are_not_written()
    {
        _site.WithConfig("collections: [authors]\n").With("_authors/alice.md", Doc("name: Alice"));

        var collection = Assert.Single(_site.Read().Collections);

        Assert.Equal("authors", collection.Settings.Label);
        Assert.False(collection.Settings.Output);
        Assert.Equal("/authors/alice.html", Assert.Single(collection.Documents).Url);
    }

    [Fact]
    public void A_folder_not_declared_as_a_collection_is_not_read()
    {
        _site.With("_recipes/soup.md", Doc("title: Soup"));

        var content = _site.Read();

        Assert.Empty(content.Collections);
        Assert.Empty(content.Pages);
    }

    [Fact]
    public void Collections_dir_holds_the_collections_and_the_posts()
    {
        _site.WithConfig("collections_dir: my\ncollections:\n  recipes:\n    output: true\n")
            .With("my/_recipes/soup.md", Doc("")).With("my/_posts/2024-01-01-in.md", Doc("")).With("_posts/2024-01-01-out.md", Doc(""));

        var content = _site.Read();

        Assert.Equal("my/_recipes/soup.md", Assert.Single(Assert.Single(content.Collections).Documents).RelativePath);
        var post = Assert.Single(content.Posts);
        Assert.Equal("in", post.Slug);
        Assert.Empty(post.Categories);
    }

    // ---- output ---------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Only_output_collections_are_written_and_the_others_still_exist_in_Liquid()
    {
        _site.WithConfig("collections:\n  recipes:\n    output: true\n  authors:\n    output: false\n")
            .With("_recipes/soup.md", Doc("title: Soup", "Hot *soup*.\n")).With("_recipes/photo.txt", "photo")
            .With("_authors/alice.md", Doc("name: Alice")).With("_authors/face.txt", "face")
            .With("index.html", Doc("", "{% for a in site.authors %}[{{ a.name }} {{ a.url }}]{% endfor %}"));

        await BuildAsync();

        Assert.Equal("<p>Hot <em>soup</em>.</p>", Output("recipes/soup.html").Trim());
        Assert.Equal("photo", Output("recipes/photo.txt"));
        Assert.False(Directory.Exists(Path.Combine(_site.Destination, "authors")));
        Assert.Equal("[Alice /authors/alice.html]", Output("index.html"));
    }

    [Fact]
    public async Task Documents_get_their_layout_and_Liquid()
    {
        _site.WithConfig("collections:\n  recipes:\n    output: true\n")
            .With("_layouts/recipe.html", "<main>{{ page.title }}|{{ content }}</main>")
            .With("_recipes/soup.md", Doc("layout: recipe", "{{ page.collection }} {{ page.slug }}\n"));

        await BuildAsync();

        Assert.Equal("<main>Soup|<p>recipes soup</p>\n</main>", Output("recipes/soup.html"));
    }

    [Fact]
    public async Task A_document_dated_in_the_future_is_listed_but_not_written()
    {
        _site.WithConfig("time: 2024-06-01 00:00:00 +0000\ncollections:\n  recipes:\n    output: true\n")
            .With("_recipes/2030-01-01-later.md", Doc("")).With("_recipes/now.md", Doc(""))
            .With("index.html", Doc("", "{{ site.recipes | size }}"));

        await BuildAsync();

        Assert.False(File.Exists(Path.Combine(_site.Destination, "recipes/2030-01-01-later.html")));
        Assert.True(File.Exists(Path.Combine(_site.Destination, "recipes/now.html")));
        Assert.Equal("2", Output("index.html"));
    }

    // ---- permalinks -----------------------------------------------------------------------------------------------

    [Theory]
    [InlineData("", "_recipes/sub/soup.md", "/recipes/sub/soup.html", "recipes/sub/soup.html")]
    [InlineData("permalink: pretty\n", "_recipes/sub/soup.md", "/recipes/sub/soup/", "recipes/sub/soup/index.html")]
    [InlineData("    permalink: /cook/:name:output_ext\n", "_recipes/sub/Big Soup.md", "/cook/big-soup.html", "cook/big-soup.html")]
    [InlineData("    permalink: /:collection/:year/:title/\n", "_recipes/2024-03-05-soup.md", "/recipes/2024/soup/", "recipes/2024/soup/index.html")]
    // Only a front matter permalink's extension changes the output extension (Jekyll's Renderer#permalink_ext).
    [InlineData("    permalink: /c/:slug.json\n", "_recipes/soup.md", "/c/soup.json", "c/soup.json.html")]
    public void Urls_follow_the_collection_permalink_or_the_default(string config, string path, string url, string output)
    {
        string site = config.StartsWith("permalink", StringComparison.Ordinal) ? config + "collections:\n  recipes:\n    output: true\n"
            : "collections:\n  recipes:\n    output: true\n" + config;
        _site.WithConfig(site).With(path, Doc(""));

        var doc = Assert.Single(Assert.Single(_site.Read().Collections).Documents);

        Assert.Equal((url, output), (doc.Url, doc.OutputPath));
        Assert.Empty(_site.Errors.Errors);
    }

    [Fact]
    public void A_front_matter_permalink_wins_over_the_collection_one()
    {
        _site.WithConfig("collections:\n  recipes:\n    output: true\n    permalink: /cook/:path/\n")
            .With("_recipes/soup.md", Doc("permalink: /soup/"));

        Assert.Equal("/soup/", Assert.Single(Assert.Single(_site.Read().Collections).Documents).Url);
    }

    // ---- document members -----------------------------------------------------------------------------------------

    [Fact]
    public async Task Title_slug_date_id_and_relative_path_are_Jekyll_s()
    {
        _site.WithConfig("time: 2024-06-01 10:00:00 +0000\ncollections:\n  recipes:\n    output: true\n")
            .With("_recipes/2024-03-05-hot-soup.md", Doc(""))
            .With("_recipes/cold-cake.md", Doc("title: Cake!"))
            .With("index.html", Doc("", "{% for r in site.recipes %}[{{ r.title }}|{{ r.slug }}|{{ r.date | date: '%F %R' }}|{{ r.id }}|{{ r.relative_path }}|{{ r.collection }}]{% endfor %}"));

        await BuildAsync();

        Assert.Equal("[Hot Soup|hot-soup|2024-03-05 00:00|/recipes/hot-soup|_recipes/2024-03-05-hot-soup.md|recipes]"
                     + "[Cake!|cold-cake|2024-06-01 10:00|/recipes/cold-cake|_recipes/cold-cake.md|recipes]", Output("index.html"));
    }

    [Fact]
    public async Task Documents_have_excerpts_and_neighbours_in_their_collection()
    {
        _site.WithConfig("collections:\n  recipes:\n    output: true\n    sort_by: n\n")
            .With("_recipes/a.md", Doc("n: 2", "First para.\n\nSecond.\n"))
            .With("_recipes/b.md", Doc("n: 1", "prev={{ page.previous.url }} next={{ page.next.url }}\n\n{{ page.next.excerpt }}"));

        await BuildAsync();

        Assert.Equal("<p>prev= next=/recipes/a.html</p><p>First para.</p>", Output("recipes/b.html").Replace("\n", ""));
    }

    // ---- order ----------------------------------------------------------------------------------------------------

    [Fact]
    public void Documents_sort_by_date_then_path_by_default()
    {
        _site.WithConfig("collections: [r]\n")
            .With("_r/b.md", Doc("")).With("_r/a.md", Doc("")).With("_r/2001-01-01-z.md", Doc(""));

        Assert.Equal(["z", "a", "b"], Assert.Single(_site.Read().Collections).Documents.Select(d => d.Slug));
    }

    [Fact]
    public void Sort_by_orders_by_a_front_matter_key_with_the_documents_without_it_last()
    {
        _site.WithConfig("collections:\n  r:\n    sort_by: rank\n")
            .With("_r/a.md", Doc("rank: 3")).With("_r/b.md", Doc("")).With("_r/c.md", Doc("rank: 1")).With("_r/d.md", Doc("rank: 3"));

        Assert.Equal(["c", "a", "d", "b"], Assert.Single(_site.Read().Collections).Documents.Select(d => d.Slug));
    }

    [Fact]
    public void An_order_list_puts_the_named_documents_first()
    {
        _site.WithConfig("collections:\n  r:\n    order: [c.md, missing.md, a.md]\n")
            .With("_r/a.md", Doc("")).With("_r/b.md", Doc("")).With("_r/c.md", Doc(""));

        Assert.Equal(["c", "a", "b"], Assert.Single(_site.Read().Collections).Documents.Select(d => d.Slug));
    }

    // ---- Liquid ---------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Site_collections_and_documents_are_Jekyll_s_drops()
    {
        _site.WithConfig("collections:\n  zines:\n    output: true\n    permalink: /z/:path/\n    custom: yes\n  authors: {}\n")
            .With("_zines/one.md", Doc("")).With("_zines/pic.txt", "x").With("_authors/al.md", Doc("")).With("_posts/2024-01-01-p.md", Doc(""))
            .With("index.html", Doc("", "{% for c in site.collections %}[{{ c.label }} {{ c.output }} {{ c.docs.size }} {{ c.files.size }} {{ c.relative_directory }} {{ c.permalink }} {{ c.custom }}]{% endfor %}{{ site.documents.size }}"));

        await BuildAsync();

        Assert.Equal("[authors false 1 0 _authors  ][posts true 1 0 _posts /:categories/:year/:month/:day/:title:output_ext ]"
                     + "[zines true 1 1 _zines /z/:path/ true]4", Output("index.html"));
    }

    [Fact]
    public async Task Where_sort_and_group_by_work_over_collection_documents()
    {
        _site.WithConfig("collections: [r]\n")
            .With("_r/a.md", Doc("kind: x\ntitle: B")).With("_r/b.md", Doc("kind: y\ntitle: A")).With("_r/c.md", Doc("kind: x\ntitle: C"))
            .With("index.html", Doc("", "{{ site.r | where: 'kind', 'x' | map: 'title' | join: ',' }}|{{ site.r | sort: 'title' | map: 'slug' | join: ',' }}|{% assign g = site.r | group_by: 'kind' %}{% for x in g %}{{ x.name }}{{ x.size }}{% endfor %}"));

        await BuildAsync();

        Assert.Equal("B,C|b,a,c|x2y1", Output("index.html"));
    }

    // ---- defaults -------------------------------------------------------------------------------------------------

    [Fact]
    public void Defaults_scoped_by_type_apply_to_the_collection_s_documents_only()
    {
        _site.WithConfig("collections: [r]\ndefaults:\n  - scope: {type: r}\n    values: {layout: recipe}\n  - scope: {path: _r/special}\n    values: {layout: special}\n")
            .With("_r/a.md", Doc("")).With("_r/special/b.md", Doc("")).With("page.md", Doc(""));

        var content = _site.Read();

        Assert.Equal(["recipe", "special"], content.Collections[0].Documents.Select(d => d.Layout));
        Assert.Null(Assert.Single(content.Pages).Layout);
    }

    // ---- sitemap --------------------------------------------------------------------------------------------------

    [Fact]
    public async Task The_sitemap_lists_written_collections_in_label_order_with_the_posts_among_them()
    {
        _site.WithConfig("url: https://example.org\nplugins: [jekyll-sitemap]\ntime: 2024-06-01 00:00:00 +0000\n"
                         + "collections:\n  zines:\n    output: true\n  apps:\n    output: true\n  hidden: {}\n")
            .With("_zines/z.md", Doc("")).With("_apps/a.md", Doc("last_modified_at: 2024-05-05")).With("_hidden/h.md", Doc(""))
            .With("_posts/2024-01-01-p.md", Doc(""));

        await BuildAsync();

        var locs = System.Text.RegularExpressions.Regex.Matches(Output("sitemap.xml"), "<loc>([^<]*)</loc>").Select(m => m.Groups[1].Value);
        Assert.Equal(["https://example.org/apps/a.html", "https://example.org/2024/01/01/p.html", "https://example.org/zines/z.html"], locs);
        Assert.Contains("<lastmod>2024-05-05T00:00:00+00:00</lastmod>", Output("sitemap.xml"), StringComparison.Ordinal);
    }

    // ---- checks ---------------------------------------------------------------------------------------------------

    [Fact]
    public async Task Two_documents_writing_one_file_are_an_error_naming_both()
    {
        _site.WithConfig("collections:\n  r:\n    output: true\n    permalink: /same/\n").With("_r/a.md", Doc("")).With("_r/b.md", Doc(""));

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options));

        Assert.Contains(failed.Errors, e => e.Message.Contains("same/index.html", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Links_to_collection_documents_are_checked()
    {
        _site.WithConfig("collections:\n  r:\n    output: true\n  hidden: {}\n").With("_r/a.md", Doc("", "[ok](/r/a.html) [ok]({% link _r/a.md %})"))
            .With("_hidden/h.md", Doc("")).With("index.md", Doc("", "[broken](/hidden/h.html)"));

        var failed = await Assert.ThrowsAsync<BuildFailedException>(() => new SiteBuilder().BuildAsync(_site.Options));

        var error = Assert.Single(failed.Errors);
        Assert.Contains("/hidden/h.html", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("collections: 5", "'collections' should be")]
    [InlineData("collections:\n  r:\n    output: true\n    permalink: /../../:path", "does not name a path inside the site")]
    [InlineData("collections:\n  r:\n    permalink: /:nosuch/", "no placeholder ':nosuch'")]
    [InlineData("collections:\n  posts:\n    permalink: /../x/:title", "does not name a path inside the site")]
    [InlineData("collections:\n  r: 5", "should have a map of settings")]
    [InlineData("collections:\n  '!!!': {}", "cannot name a collection")]
    [InlineData("collections_dir: ../..", "'collections_dir' must be a folder inside the source")]
    public void A_bad_collection_config_is_an_error_at_its_line(string yaml, string message)
    {
        _site.WithConfig("title: x\n" + yaml + "\n").With("_r/a.md", Doc(""));

        _site.Read();

        var error = Assert.Single(_site.Errors.Errors);
        Assert.Matches(@"^_config\.yml:[2-9]:\d+: ", error.ToString());
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_posts_collection_is_always_written_and_its_permalink_is_the_posts_one()
    {
        _site.WithConfig("collections:\n  posts:\n    output: false\n    permalink: /blog/:title/\n").With("_posts/2024-01-01-hi.md", Doc(""));

        var content = _site.Read();

        Assert.Equal("/blog/hi/", Assert.Single(content.Posts).Url);
        Assert.Empty(content.Collections);
        Assert.Contains(_site.Errors.Warnings, w => w.Message.Contains("always written", StringComparison.Ordinal));
    }
}
