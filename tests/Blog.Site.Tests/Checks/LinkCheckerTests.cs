using Blog.Site.Checks;

namespace Blog.Site.Tests.Checks;

public class LinkCheckerTests
{
    private static readonly string[] Outputs =
    [
        "index.html",
        "about/index.html",
        "contact.html",
        "blog/2024/02/14/post.html",
        "blog/2024/02/14/other.html",
        "assets/site.css",
        "assets/chart.png",
        "assets/chart@2x.png",
        "feed.xml",
        "categories/café/index.html",
    ];

    private static Blog.Site.Config.SiteSettings Site(string baseUrl) => Blog.Site.Tests.Outputs.Given.Site(baseUrl: baseUrl);

    private static IReadOnlyList<string> Check(string page, string html, string baseUrl = "", bool fragments = true)
    {
        var checker = new LinkChecker(Site(baseUrl), Outputs, fragments);
        return Broken(checker, (page, html)).Select(e => e.ToString()).ToList();
    }

    /// <summary>The two steps as the build takes them: each page's links resolved, then the broken ones collected.</summary>
    private static IReadOnlyList<Blog.Site.Diagnostics.BuildError> Broken(LinkChecker checker, params (string Page, string Html)[] pages)
    {
        var links = pages.Select(p => PageLinks.Scan(p.Page, p.Html)).ToList();
        return LinkChecker.Collect(links.Select(checker.Resolve), links.ToDictionary(l => l.Page, l => l.Anchors));
    }

    [Fact]
    public void A_link_to_a_missing_page_is_reported_with_page_line_and_column()
    {
        var errors = Check("index.html", "<html>\n<body>\n  <a href=\"/missing.html\">x</a>\n</body>");

        Assert.Equal(["index.html:3:12: broken link \"/missing.html\""], errors);
    }

    [Fact]
    public void A_folder_link_is_served_by_its_index_file()
    {
        Assert.Empty(Check("index.html", "<a href=\"/about/\">About</a> <a href=\"/\">Home</a>"));
    }

    [Fact]
    public void An_extensionless_link_is_served_by_the_html_file_or_the_folder_index()
    {
        Assert.Empty(Check("index.html", "<a href=\"/contact\">c</a> <a href=\"/about\">a</a>"));
    }

    [Fact]
    public void Relative_links_resolve_against_the_page_folder()
    {
        Assert.Empty(Check("blog/2024/02/14/post.html", "<a href=\"other.html\">o</a> <a href=\"../../../../contact.html\">c</a> <img src=\"./../../../../assets/chart.png\">"));
        Assert.Equal(["blog/2024/02/14/post.html:1:10: broken link \"../x.html\""], Check("blog/2024/02/14/post.html", "<a href=\"../x.html\">x</a>"));
    }

    [Fact]
    public void A_relative_link_above_the_site_root_is_broken()
    {
        Assert.Single(Check("contact.html", "<a href=\"../index.html\">x</a>"));
    }

    [Fact]
    public void Links_carry_the_base_url_which_is_stripped_before_lookup()
    {
        Assert.Empty(Check("index.html", "<a href=\"/blog-site/about/\">a</a> <link rel=\"stylesheet\" href=\"/blog-site/assets/site.css\">", baseUrl: "/blog-site"));
    }

    [Fact]
    public void A_root_link_without_the_base_url_is_broken()
    {
        Assert.Equal(["index.html:1:10: broken link \"/about/\""], Check("index.html", "<a href=\"/about/\">a</a>", baseUrl: "/blog-site"));
    }

    [Fact]
    public void Query_and_fragment_are_ignored_when_finding_the_file()
    {
        Assert.Empty(Check("index.html", "<a href=\"/contact.html?from=home\">c</a><a href=\"/feed.xml?x#y\">f</a>", fragments: false));
    }

    [Fact]
    public void External_and_non_page_urls_are_not_checked()
    {
        const string html = """
            <a href="https://elsewhere.example/x">a</a><a href="//cdn.example/x.js">b</a>
            <a href="mailto:me@example.org">c</a><a href="tel:+123">d</a><img src="data:image/png;base64,AAAA">
            <a href="javascript:void(0)">e</a><a href="#">f</a>
            """;

        Assert.Empty(Check("index.html", html));
    }

    [Fact]
    public void The_sites_own_absolute_urls_are_checked()
    {
        Assert.Equal(["index.html:1:29: broken link \"https://example.org/nope/\""],
            Check("index.html", "<link rel=\"canonical\" href=\"https://example.org/nope/\"><a href=\"https://example.org/about/\">a</a>"));
    }

    [Fact]
    public void Img_src_script_src_and_every_srcset_candidate_are_checked()
    {
        const string html = "<img src=\"/assets/chart.png\" srcset=\"/assets/chart.png 1x, /assets/chart@2x.png 2x, /assets/chart@3x.png 3x\"><script src=\"/app.js\"></script>";

        var errors = Check("index.html", html);

        Assert.Equal(["index.html:1:85: broken link \"/assets/chart@3x.png\"", "index.html:1:123: broken link \"/app.js\""], errors);
    }

    [Fact]
    public void Urls_inside_scripts_comments_and_code_are_not_links()
    {
        const string html = """
            <!-- <a href="/old.html">old</a> -->
            <script>document.write('<a href="/dynamic.html">x</a>');</script>
            <pre><code>&lt;a href="/example.html"&gt;</code></pre>
            <textarea><a href="/typed.html"></a></textarea>
            """;

        Assert.Empty(Check("index.html", html));
    }

    [Fact]
    public void Tag_and_attribute_names_are_read_case_insensitively()
    {
        Assert.Equal(["index.html:2:13: broken link \"/gone.html\""], Check("index.html", "<A HREF=\"/about/\">a</A>\n<IMG SRC = '/gone.html'>"));
    }

    [Fact]
    public void Entities_and_percent_escapes_in_an_href_are_decoded()
    {
        Assert.Empty(Check("index.html", "<a href=\"/contact.html?a=1&amp;b=2\">c</a> <a href=\"/categories/caf%C3%A9/\">cat</a>"));
    }

    [Fact]
    public void Unquoted_and_single_quoted_attributes_are_read()
    {
        var errors = Check("index.html", "<a href=/about/>ok</a><a class=x href='/gone.html'>gone</a><a href=/lost.html>lost</a>");

        Assert.Equal(["index.html:1:40: broken link \"/gone.html\"", "index.html:1:68: broken link \"/lost.html\""], errors);
    }

    [Fact]
    public void A_fragment_must_name_an_element_on_the_target_page()
    {
        var checker = new LinkChecker(Site(""), Outputs);
        var errors = Broken(checker,
            ("index.html", "<a href=\"/about/#team\">t</a>\n<a href=\"/about/#nobody\">n</a>"),
            ("about/index.html", "<h2 id=\"team\">Team</h2>")).Select(e => e.ToString());

        Assert.Equal(["index.html:2:10: broken link \"/about/#nobody\": no element with id \"nobody\" on about/index.html"], errors);
    }

    [Fact]
    public void A_same_page_fragment_must_name_an_element_of_that_page()
    {
        var errors = Check("index.html", "<a href=\"#intro\">i</a><a href=\"#missing\">m</a><a name=\"intro\"></a><a href=\"#top\">top</a>");

        Assert.Equal(["index.html:1:32: broken link \"#missing\": no element with id \"missing\" on this page"], errors);
    }

    [Fact]
    public void Fragments_are_not_checked_when_the_check_is_off()
    {
        Assert.Empty(Check("index.html", "<a href=\"#missing\">m</a>", fragments: false));
    }

    [Fact]
    public void A_base_element_changes_what_relative_links_resolve_against()
    {
        Assert.Empty(Check("contact.html", "<base href=\"/blog/2024/02/14/\"><a href=\"post.html\">p</a>"));
    }

    [Fact]
    public void Pages_can_be_resolved_from_many_threads_at_once()
    {
        var outputs = Enumerable.Range(0, 2000).Select(i => $"p/{i}.html").ToList();
        var checker = new LinkChecker(Site(""), outputs);
        var results = new PageLinkResult[2000];

        Parallel.For(0, 2000, i => results[i] = checker.Resolve(
            PageLinks.Scan($"p/{i}.html", $"<a href=\"{(i + 1) % 2000}.html\">next</a><a href=\"/p/{i}-gone.html\">x</a>")));

        var errors = LinkChecker.Collect(results, new Dictionary<string, IReadOnlySet<string>>());
        Assert.Equal(2000, errors.Count);
        Assert.All(errors, e => Assert.EndsWith("-gone.html\"", e.Message));
    }
}
