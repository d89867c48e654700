using System.Globalization;

namespace Blog.Site.Tests.Rendering.Markdown;

/// <summary>One generated Markdown text and the names of the constructs it mixes.</summary>
internal sealed record MarkdownSnippet(string Markdown, IReadOnlySet<string> Constructs);

/// <summary>
/// Deterministic Markdown snippets mixing the constructs real Jekyll sites use, for comparison with kramdown.
/// Each construct has a name (see <see cref="Inlines"/> and <see cref="Blocks"/>), so a known difference can be
/// allowed by name. The same seed gives the same corpus.
/// </summary>
internal sealed class MarkdownCorpus(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly (string Name, string[] Variants)[] Inlines =
    [
        ("words", ["fast builds", "Docker and QEMU", "über café", "plain text", "a 1,000-post site"]),
        ("apostrophe", ["It's", "don't", "the '80s", "rock 'n' roll", "the 1990s' hits", "Jekyll's"]),
        ("double-quotes", ["\"quoted\"", "he said \"hi.\"", "\"Yes\"--no", "a \"b\" c"]),
        ("single-quotes", ["'single'", "'Hello,' she said", "('paren')"]),
        ("nested-quotes", ["\"'nested' words\"", "'\"inner\" text'"]),
        ("dashes", ["a -- b", "a --- b", "pages 10--20", "x---y"]),
        ("ellipsis", ["wait...", "and so on ..."]),
        ("guillemets", ["<<x>>", "<< spaced >>"]),
        ("emphasis", ["*em*", "_em_", "**strong**", "__strong__", "***both***", "snake_case_name", "2*3*4"]),
        ("code-span", ["`code`", "`` a`b ``", "`<tag> & \"q\"`"]),
        ("link", ["[text](/path/)", "[tilde](https://example.com/~user/)", "[titled](/x \"The 'title'\")", "[ref link][ref]"]),
        ("image", ["![alt text](/img.png)", "![](/empty.png)"]),
        ("autolink", ["<https://example.com/a>", "<mail@example.com>"]),
        ("bare-url", ["see https://example.com/x now", "www.example.com"]),
        ("strikethrough", ["~~gone~~", "~~two words~~"]),
        ("entity", ["&copy; 2024", "AT&T", "&amp; more", "1 < 2 > 0"]),
        ("math-inline", ["$$x^2$$", "$$a \\\\ b$$", "$$a<b$$"]),
        ("escape", ["\\*not em\\*", "\\_x\\_", "\\\"straight\\\"", "a \\| b"]),
        ("span-ial", ["*em*{: .hl}", "[l](/x){: target=\"_blank\"}", "`code`{: .language-ruby}"]),
        ("hard-break", ["line  \nnext", "line\\\nnext", "line   \nnext", "*em*   \nnext"]),
        ("line-end-space", ["line \nnext", "a \"q\" \nnext"]),
        ("footnote-ref", ["claim[^n1]", "again[^n1]", "other[^long-name]"]),
        ("html-span", ["<kbd>Ctrl</kbd>", "<span class=\"x\">s</span>", "<abbr title=\"t\">T</abbr>", "<code>\"q\" *x* -- it's</code>", "<kbd>_k_</kbd> & <samp>a < b</samp>", "<mark>\"m\"</mark> <em>\"e\"</em>"]),
        ("abbr-use", ["HTML pages"]),
    ];

    private static readonly string[] Headings =
    [
        "404: Not found", "Über café", "C# & .NET", "Hello World", "What's new?", "Setup", "Setup", "1. Numbers first",
        "**Bold** and `code`", "Links [here](/x)", "Trailing hashes ##", "ünïcödé ÆØÅ", "a_b-c d", "See <https://example.com/docs>",
    ];

    private static readonly (string Name, Func<MarkdownCorpus, string> Make)[] Blocks =
    [
        ("paragraph", c => c.Text(3)),
        ("paragraph-lines", c => c.Text(2) + "\n" + c.Text(2)),
        ("atx-heading", c => new string('#', c._random.Next(1, 4)) + " " + c.Pick(Headings)),
        ("heading-id", c => "## " + c.Pick(Headings) + " {#custom-id}"),
        ("setext-heading", c => c.Pick(Headings) + "\n" + c.Pick(["=====", "-----"])),
        ("fenced-code", c => c.Pick(["```ruby\nputs 'x' # note\n```", "```\nplain <b> & \"q\"\n```", "~~~python\nx = 1\n~~~", "```yaml\nkey: value\n```"])),
        ("indented-code", _ => "    code line\n    <more> & less"),
        ("bullet-list", c => $"* {c.Text(1)}\n* {c.Text(2)}\n* {c.Text(1)}"),
        ("nested-list", c => $"- {c.Text(1)}\n  - {c.Text(1)}\n  - {c.Text(1)}\n- {c.Text(1)}"),
        ("ordered-list", c => c.Pick(["1. one\n2. two", "3. three\n4. four"]) + " " + c.Text(1)),
        ("task-list", c => $"- [x] {c.Text(1)}\n- [ ] {c.Text(1)}"),
        ("blockquote", c => $"> {c.Text(2)}\n> {c.Text(1)}"),
        ("table", c => $"| a | b | c |\n|:--|:-:|--:|\n| {c.Text(1)} | 2 | 3 |"),
        ("hr", c => c.Pick(["---", "***", "* * *"])),
        ("html-block", c => c.Pick([
            "<div class=\"box\">\n<ul>\n\n    <li>one</li>\n\n    <li>two</li>\n</ul>\n</div>",
            "<section>\n<p>inside *not md*</p>\n</section>",
            "<figure>\n  <img src=\"/a.png\" alt=\"a\">\n\n  <figcaption>cap</figcaption>\n</figure>",
        ])),
        ("html-comment", _ => "<!-- a note\nover lines -->"),
        ("comment-in-paragraph", c => c.Text(1) + "\n<!--more-->\n" + c.Text(1)),
        ("comment-then-text", c => "<!-- note --> " + c.Text(1)),
        ("rule-under-paragraph", c => c.Text(1) + "\n" + c.Text(1) + "\n" + c.Pick(["***", "___", "---", "===", "* * *", "- - -"])),
        ("list-under-ordered-item", c => $"1. {c.Text(1)}\n  * {c.Text(1)}\n  * {c.Text(1)}\n2. {c.Text(1)}"),
        ("block-ial", c => c.Text(2) + "\n{: .note #p1}"),
        ("ald", c => "{:callout: .callout data-x=\"1\"}\n\n" + c.Text(1) + "\n{: callout}"),
        ("toc", _ => "* TOC\n{:toc}\n\n## First\n\n### Second *em*\n\n## Third\n{: .no_toc}"),
        ("comment-extension", _ => "{::comment}\nhidden\n{:/comment}"),
        ("nomarkdown", _ => "{::nomarkdown}\n<b>raw *x*</b>\n{:/nomarkdown}"),
        // kramdown's compact and spaced styles: a definition after a blank line has its first paragraph in <p>.
        ("definition-list", c => string.Format(CultureInfo.InvariantCulture, c.Pick([
            "Term\n: {0}", "Term\n\n: {0}", "Term\n: {0}\n: {1}", "Term\n: {0}\n\n: {1}", "One\nTwo\n: {0}",
            "Term\n: {0}\n\n    {1}", "Term\n\n: {0}\n\n    {1}", "A\n: {0}\n\nB\n\n: {1}",
        ]), c.Text(1), c.Text(1))),
        ("math-block", c => c.Pick(["$$\na \\\\ b\n$$", "$$x < y$$"])),
    ];

    public List<MarkdownSnippet> Generate(int count)
    {
        var snippets = new List<MarkdownSnippet>(count);
        for (var i = 0; i < count; i++)
        {
            _used = new HashSet<string>(StringComparer.Ordinal);
            var blocks = new List<string>();
            var n = _random.Next(1, 4);
            for (var b = 0; b < n; b++)
            {
                var (name, make) = Blocks[_random.Next(Blocks.Length)];
                _used.Add(name);
                blocks.Add(make(this));
            }
            var markdown = string.Join("\n\n", blocks);
            if (markdown.Contains("[^n1]", StringComparison.Ordinal)) markdown += "\n\n[^n1]: The note, \"quoted\".";
            if (markdown.Contains("[^long-name]", StringComparison.Ordinal)) markdown += "\n\n[^long-name]: Another *note*.";
            if (markdown.Contains("[ref link][ref]", StringComparison.Ordinal)) markdown += "\n\n[ref]: /referenced/";
            if (markdown.Contains("HTML", StringComparison.Ordinal)) markdown += "\n\n*[HTML]: Hyper Text Markup Language";
            snippets.Add(new MarkdownSnippet(markdown + "\n", _used));
        }
        return snippets;
    }

    private HashSet<string> _used = [];

    private string Pick(string[] options) => options[_random.Next(options.Length)];

    private string Text(int pieces)
    {
        var parts = new List<string>();
        for (var i = 0; i < pieces; i++)
        {
            var (name, variants) = Inlines[_random.Next(Inlines.Length)];
            _used.Add(name);
            parts.Add(Pick(variants));
        }
        return string.Join(" ", parts);
    }
}
