using System.IO.Compression;
using Blog.Browser.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Blog.Browser.Tests;

/// <summary>
/// The search box of every page (theme/_includes/search.html, assets/js/search.js, the build's search.json), used in
/// Chromium as a reader would: by keyboard alone, without JavaScript, under netlify.toml's headers.
/// </summary>
[Collection(SiteCollection.Name)]
public sealed class SearchTests(SiteFixture fixture, SearchSampleSite sample) : IClassFixture<SearchSampleSite>
{
    private const string Input = "#site-search-input";
    private const string Results = "#site-search-results";
    private const string ResultLinks = "#site-search-results .search-result a";

    private async Task<IPage> OpenAsync(string url, BrowserNewContextOptions? options = null)
    {
        var context = await fixture.Browser.NewContextAsync(options ?? new BrowserNewContextOptions());
        var page = await context.NewPageAsync();
        await page.GotoAsync(url);
        return page;
    }

    /// <summary>Tab from the top of the page until the search field has focus, as a keyboard user reaches it.</summary>
    private static async Task TabToSearchAsync(IPage page)
    {
        for (var presses = 0; presses < 20; presses++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await page.EvaluateAsync<string?>("() => document.activeElement?.id") == "site-search-input") return;
        }
        Assert.Fail("20 presses of Tab did not reach the search field");
    }

    private static async Task TypeAsync(IPage page, string query)
    {
        await page.Keyboard.TypeAsync(query, new KeyboardTypeOptions { Delay = 20 });
        await page.WaitForSelectorAsync(Results, new PageWaitForSelectorOptions { State = WaitForSelectorState.Visible });
    }

    private static Task<string[]> ResultHrefsAsync(IPage page) =>
        page.EvalOnSelectorAllAsync<string[]>(ResultLinks, "links => links.map(a => a.getAttribute('href'))");

    private static Task<string?> FocusedAsync(IPage page) =>
        page.EvaluateAsync<string?>("() => document.activeElement?.closest('.search-result') ? 'result:' + document.activeElement.getAttribute('href') : document.activeElement?.id");

    [Fact]
    public async Task Typing_namespaces_finds_the_seed_post_with_the_word_marked()
    {
        var page = await OpenAsync(fixture.Url("/"));
        await TabToSearchAsync(page);

        await TypeAsync(page, "namespaces");

        Assert.Equal([SiteFixture.PostPath], await ResultHrefsAsync(page));
        Assert.Equal("comparing containers and virtual machines", await page.InnerTextAsync($"{ResultLinks} .search-result-title"));
        Assert.Contains("namespaces", await page.EvalOnSelectorAllAsync<string[]>($"{ResultLinks} mark", "marks => marks.map(m => m.textContent.toLowerCase())"));
        Assert.Equal("1 post found.", await page.TextContentAsync("#site-search-status"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Keyboard_alone_moves_through_the_results_closes_them_and_opens_one()
    {
        var page = await OpenAsync(sample.Url("/"));
        await TabToSearchAsync(page);
        await TypeAsync(page, "namespaces");
        var hrefs = await ResultHrefsAsync(page);
        Assert.Equal(3, hrefs.Length);

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("result:" + hrefs[0], await FocusedAsync(page));
        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("result:" + hrefs[1], await FocusedAsync(page));
        await page.Keyboard.PressAsync("ArrowUp");
        await page.Keyboard.PressAsync("ArrowUp");
        Assert.Equal("site-search-input", await FocusedAsync(page));

        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("Escape");
        Assert.True(await page.IsHiddenAsync(Results));
        Assert.Equal("site-search-input", await FocusedAsync(page));
        await page.Keyboard.PressAsync("Escape");
        Assert.Equal("", await page.InputValueAsync(Input));

        await TypeAsync(page, "namespaces");
        await page.Keyboard.PressAsync("ArrowDown");
        await page.Keyboard.PressAsync("ArrowDown");
        await Task.WhenAll(page.WaitForURLAsync(sample.Url(hrefs[1])), page.Keyboard.PressAsync("Enter"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Enter_in_the_field_opens_the_first_result()
    {
        var page = await OpenAsync(fixture.Url("/about/"));
        await TabToSearchAsync(page);
        await TypeAsync(page, "namespaces");

        await Task.WhenAll(page.WaitForURLAsync(fixture.Url(SiteFixture.PostPath)), page.Keyboard.PressAsync("Enter"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task A_title_hit_ranks_above_a_heading_hit_and_a_heading_hit_above_a_body_hit()
    {
        var page = await OpenAsync(sample.Url("/"));
        await page.FocusAsync(Input);
        await TypeAsync(page, "namespaces");

        // Newest first would be heading, title, body: the ranking puts the title's post first.
        Assert.Equal([SearchSampleSite.TitlePost, SearchSampleSite.HeadingPost, SiteFixture.PostPath], await ResultHrefsAsync(page));
        Assert.Equal("Linux namespaces explained", await page.InnerTextAsync($"{ResultLinks} >> nth=0 >> .search-result-title"));
        Assert.Equal("namespaces", await page.InnerTextAsync($"{ResultLinks} >> nth=0 >> .search-result-title mark"));
        // The heading that matched is shown (and marked) under the title.
        Assert.Contains("Namespaces and cgroups", await page.InnerTextAsync($"{ResultLinks} >> nth=1 >> .search-result-meta"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Every_word_typed_must_match_and_a_word_matches_by_its_start()
    {
        var page = await OpenAsync(sample.Url("/"));
        await page.FocusAsync(Input);
        await TypeAsync(page, "namesp cgrou");

        Assert.Equal([SearchSampleSite.HeadingPost, SiteFixture.PostPath], await ResultHrefsAsync(page));

        await page.FillAsync(Input, "namespaces zzzunknown");
        await page.WaitForSelectorAsync($"{Results} .search-summary");
        Assert.Empty(await ResultHrefsAsync(page));
        Assert.Equal("No post matches.", await page.TextContentAsync("#site-search-status"));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Hostile_titles_and_text_in_the_index_are_shown_as_text_never_run()
    {
        var page = await OpenAsync(sample.Url("/"));
        var dialogs = 0;
        page.Dialog += async (_, dialog) => { dialogs++; await dialog.DismissAsync(); };
        await page.FocusAsync(Input);
        await TypeAsync(page, "hostileword");

        Assert.Equal(SearchSampleSite.HostileTitle, await page.TextContentAsync($"{ResultLinks} .search-result-title"));
        Assert.Contains("<script>window.__xss = 2</script>", await page.TextContentAsync($"{ResultLinks} .search-result-text"));
        Assert.Equal(0, await page.Locator($"{Results} img, {Results} script, {Results} b").CountAsync());
        Assert.Null(await page.EvaluateAsync<int?>("() => window.__xss"));
        Assert.Equal(0, dialogs);
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Without_JavaScript_the_search_box_is_a_link_to_the_archive_which_lists_the_post()
    {
        var page = await OpenAsync(fixture.Url(SiteFixture.PostPath), new BrowserNewContextOptions { JavaScriptEnabled = false });

        Assert.Equal(0, await page.Locator(Input).CountAsync());
        var link = page.Locator(".site-search a");
        Assert.Equal("/archive/", await link.GetAttributeAsync("href"));
        Assert.Equal("Search the archive", await link.InnerTextAsync());

        await link.ClickAsync();
        await page.WaitForURLAsync(fixture.Url("/archive/"));
        Assert.Equal(1, await page.Locator($"main a[href='{SiteFixture.PostPath}']").CountAsync());
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task The_index_is_loaded_when_the_field_is_first_used_not_with_the_page()
    {
        var context = await fixture.Browser.NewContextAsync();
        var page = await context.NewPageAsync();
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(new Uri(request.Url).AbsolutePath);
        await page.GotoAsync(fixture.Url("/"), new PageGotoOptions { WaitUntil = WaitUntilState.NetworkIdle });
        Assert.DoesNotContain("/search.json", requests);
        Assert.Contains(requests, r => r.StartsWith("/assets/js/search.js", StringComparison.Ordinal));

        await Task.WhenAll(page.WaitForResponseAsync(r => r.Url.EndsWith("/search.json", StringComparison.Ordinal) && r.Status == 200),
            page.FocusAsync(Input));
        await context.CloseAsync();
    }

    [Theory]
    [InlineData(ColorScheme.Light)]
    [InlineData(ColorScheme.Dark)]
    public async Task Axe_finds_no_violations_on_a_page_with_results_open(ColorScheme scheme)
    {
        var page = await OpenAsync(sample.Url("/"), new BrowserNewContextOptions { ColorScheme = scheme });
        await page.FocusAsync(Input);
        await TypeAsync(page, "namespaces");
        await page.Keyboard.PressAsync("ArrowDown");

        var result = await page.RunAxe();

        Assert.NotEmpty(result.Passes);
        Problems.AssertNone(result.Violations.SelectMany(v => v.Nodes.Select(n => $"{v.Id} ({v.Impact}): {v.Help} at {n.Target}: {n.Html}")));
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Searching_violates_no_part_of_the_netlify_content_security_policy()
    {
        var context = await fixture.Browser.NewContextAsync();
        var violations = await CspViolations.OfAsync(await context.NewPageAsync(), fixture.Url(SiteFixture.PostPath), async page =>
        {
            await page.FocusAsync(Input);
            await TypeAsync(page, "namespaces");
            Assert.Equal(1, await page.Locator(ResultLinks).CountAsync());
        });

        Problems.AssertNone(violations);
        await context.CloseAsync();
    }

    [Fact]
    public async Task The_script_is_under_10_KB_gzipped_and_is_the_file_the_pages_load()
    {
        var script = await File.ReadAllBytesAsync(Path.Combine(Repository.Theme, "assets", "js", "search.js"));
        using var gzipped = new MemoryStream();
        await using (var gzip = new GZipStream(gzipped, CompressionLevel.SmallestSize, leaveOpen: true)) await gzip.WriteAsync(script);

        Assert.True(gzipped.Length < 10 * 1024, $"search.js is {gzipped.Length:N0} bytes gzipped");
        var page = await OpenAsync(fixture.Url("/"));
        var src = await page.GetAttributeAsync("script[src*='search.js']", "src");
        Assert.Equal(script, await File.ReadAllBytesAsync(fixture.Site.FileOf(new Uri(fixture.Url(src!)).AbsolutePath)));
        await page.Context.CloseAsync();
    }
}

/// <summary>
/// A copy of the real site with three more posts: one with "namespaces" in its title, one with it in a heading (the
/// seed post has it in its text only), and one whose title and text are markup meant to run.
/// </summary>
public sealed class SearchSampleSite : IAsyncLifetime
{
    public const string TitlePost = "/linux/2024/03/01/linux-namespaces-explained.html";
    public const string HeadingPost = "/linux/2024/03/02/kernel-features.html";
    public const string HostileTitle = "<img src=x onerror=\"window.__xss = 1\"><b>hostileword</b>";

    private string? _source;
    private BuiltSite? _site;
    private StaticSiteServer? _server;

    public string Url(string path) => _server!.BaseUrl + path;

    public async Task InitializeAsync()
    {
        _source = Directory.CreateTempSubdirectory("blog-search-sample-").FullName;
        LabSampleSite.CopyDirectory(Repository.Input, _source);
        await File.WriteAllTextAsync(Path.Combine(_source, "_posts", "2024-03-01-linux-namespaces-explained.md"),
            "---\ntitle: Linux namespaces explained\ncategories: [Linux]\n---\nWhat the kernel keeps apart for a process.\n");
        await File.WriteAllTextAsync(Path.Combine(_source, "_posts", "2024-03-02-kernel-features.md"),
            "---\ntitle: Kernel features\ncategories: [Linux]\n---\nA tour.\n\n## Namespaces and cgroups\n\nWhat a container is made of.\n");
        await File.WriteAllTextAsync(Path.Combine(_source, "_posts", "2024-03-03-hostile.md"),
            $"---\ntitle: '{HostileTitle}'\n---\nThe text &lt;script&gt;window.__xss = 2&lt;/script&gt; is shown.\n");
        _site = await BuiltSite.BuildAsync(_source, Repository.Theme);
        _server = await StaticSiteServer.StartAsync(_site.Output, NetlifyHeaders.Load(Repository.NetlifyToml));
    }

    public async Task DisposeAsync()
    {
        if (_server is not null) await _server.DisposeAsync();
        _site?.Dispose();
        if (_source is not null) Directory.Delete(_source, recursive: true);
    }
}
