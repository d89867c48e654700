namespace Blog.Site.Tests.Rendering;

public class MarkdownTests
{
    private static Task<string> Convert(string markdown, bool accessible = false)
    {
        var site = new TestSite();
        if (accessible) site.Settings = site.Settings with { Values = new Dictionary<string, object?> { ["accessible_markup"] = true } };
        var post = site.AddPost("md", 1, markdown);
        return site.Renderer().RenderContentAsync(post, CancellationToken.None).AsTask();
    }

    [Fact]
    public async Task Markdown_follows_kramdown() =>
        Assert.Equal("<p>Hello <em>world</em> and <code class=\"language-plaintext highlighter-rouge\">code</code></p>\n", await Convert("Hello *world* and `code`"));

    [Fact]
    public async Task Tables_are_kramdowns_with_the_alignment_as_an_inline_style()
    {
        var html = await Convert("| Runtime | Start |\n|---|--:|\n| Docker | 0.4 s |\n");
        Assert.Contains("<table>", html);
        Assert.Contains("<th>Runtime</th>", html);
        Assert.Contains("<td style=\"text-align: right\">0.4 s</td>", html);
    }

    [Fact]
    public async Task With_accessible_markup_column_alignment_is_a_class_and_tables_and_code_take_the_focus()
    {
        var html = await Convert("| a | b | c |\n|:--|:-:|--:|\n| 1 | 2 | 3 |\n\n```\nx\n```\n", accessible: true);

        Assert.DoesNotContain("style=", html);
        Assert.Contains("<table tabindex=\"0\">", html);
        Assert.Contains("<td class=\"align-left\">1</td>", html);
        Assert.Contains("<td class=\"align-center\">2</td>", html);
        Assert.Contains("<th class=\"align-right\">c</th>", html);
        Assert.Contains("<pre class=\"highlight\" tabindex=\"0\">", html);
    }

    [Fact]
    public async Task Task_lists_become_checkboxes()
    {
        var html = await Convert("- [x] done\n- [ ] todo\n");
        Assert.Contains("<ul class=\"task-list\">", html);
        Assert.Contains("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />done</li>", html);
        Assert.Contains("<li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />todo</li>", html);
    }

    [Fact]
    public async Task Footnotes_link_to_their_notes()
    {
        var html = await Convert("Claim[^1].\n\n[^1]: Source.\n");
        Assert.Contains("href=\"#fn:1\"", html);
        Assert.Contains("Source.", html);
    }

    [Fact]
    public async Task Bare_urls_stay_text_as_in_kramdown() =>
        Assert.Equal("<p>See https://ops.example/x now</p>\n", await Convert("See https://ops.example/x now"));

    [Theory]
    [InlineData("## Hello World", "hello-world")]
    [InlineData("## Docker & QEMU: a comparison!", "docker--qemu-a-comparison")]
    [InlineData("## 10 reasons", "10-reasons")]
    [InlineData("## Über *emphasis* `code`", "über-emphasis-code")]
    [InlineData("## 123", "123")]
    [InlineData("## Closing hashes ##", "closing-hashes")]
    [InlineData("Setext Heading\n--------------", "setext-heading")]
    public async Task Headings_get_kramdown_ids(string heading, string id) =>
        Assert.Contains($" id=\"{id}\"", await Convert(heading));

    [Fact]
    public async Task Repeated_heading_ids_are_numbered()
    {
        var html = await Convert("## Setup\n\n## Setup\n\n## Setup\n");
        Assert.Contains("id=\"setup\"", html);
        Assert.Contains("id=\"setup-1\"", html);
        Assert.Contains("id=\"setup-2\"", html);
    }

    [Fact]
    public async Task Fenced_code_with_a_language_is_highlighted_in_rouge_markup() =>
        Assert.Equal("<div class=\"language-python highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><span class=\"kn\">import</span> <span class=\"nn\">os</span>\n</code></pre></div></div>\n",
            await Convert("```python\nimport os\n```\n"));

    [Fact]
    public async Task Fenced_code_in_a_language_Rouge_does_not_know_is_a_plain_code_block_as_kramdown_writes_it() =>
        Assert.Equal("<pre><code class=\"language-brainfun\">&lt;&gt;&amp;\n</code></pre>\n",
            await Convert("```brainfun\n<>&\n```\n"));

    [Fact]
    public async Task Fenced_code_without_a_language_is_plaintext_in_the_same_markup() =>
        Assert.Equal("<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>a &lt; b\n</code></pre></div></div>\n",
            await Convert("```\na < b\n```\n"));

    // Expected tokens are Rouge 3.30's (ruby -rrouge) for the same code.
    [Theory]
    [InlineData("bash", "echo \"$HOME\"", "<span class=\"nb\">echo</span> <span class=\"s2\">\"</span><span class=\"nv\">$HOME</span><span class=\"s2\">\"</span>")]
    [InlineData("yaml", "image: alpine # base", "<span class=\"na\">image</span><span class=\"pi\">:</span> <span class=\"s\">alpine</span> <span class=\"c1\"># base</span>")]
    [InlineData("dockerfile", "FROM scratch", "<span class=\"k\">FROM</span><span class=\"s\"> scratch</span>")]
    [InlineData("go", "func main() {}", "<span class=\"k\">func</span> <span class=\"n\">main</span><span class=\"p\">()</span> <span class=\"p\">{}</span>")]
    [InlineData("json", "{\"a\": 1}", "<span class=\"p\">{</span><span class=\"nl\">\"a\"</span><span class=\"p\">:</span><span class=\"w\"> </span><span class=\"mi\">1</span><span class=\"p\">}</span>")]
    [InlineData("sh", "ls -la", "<span class=\"nb\">ls</span> <span class=\"nt\">-la</span>")]
    public async Task DevOps_languages_are_highlighted(string language, string code, string expected) =>
        Assert.Contains(expected, await Convert($"```{language}\n{code}\n```\n"));

    [Fact]
    public async Task Liquid_runs_before_markdown() =>
        Assert.Equal("<h1 id=\"ops-notes\">Ops Notes</h1>\n", await Convert("# {{ site.title }}"));

    [Fact]
    public async Task Html_pages_are_not_converted()
    {
        var site = new TestSite();
        Assert.Equal("*not markdown*", await site.RenderLiquidAsync("*not markdown*"));
    }

    [Fact]
    public async Task Render_with_liquid_false_leaves_liquid_as_text()
    {
        var site = new TestSite();
        var post = site.AddPost("raw", 1, "Use `{{ page.title }}`", data: new Dictionary<string, object?> { ["render_with_liquid"] = false });
        Assert.Equal("<p>Use <code class=\"language-plaintext highlighter-rouge\">{{ page.title }}</code></p>\n", await site.Renderer().RenderContentAsync(post, CancellationToken.None));
    }

    [Fact]
    public async Task Quotes_and_dashes_become_typographic_as_in_kramdown() =>
        Assert.Equal("<p>“fast” – really…</p>\n", await Convert("\"fast\" -- really..."));
}
