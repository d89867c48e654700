using Blog.Site.Rendering.Highlighting;
using Blog.Site.Rendering.Markdown;

namespace Blog.Site.Tests.Rendering.Markdown;

/// <summary>
/// One Markdown construct each, with the HTML Jekyll 4.3 (kramdown 2.4, GFM parser, Rouge) makes of it, pasted
/// from kramdown-oracle.rb; compared after <see cref="HtmlComparison.Normalize"/>. These read as the
/// specification; KramdownDifferentialTests checks the same rules on generated mixtures.
/// </summary>
public class KramdownSpecTests
{
    private static readonly MarkdownConverter Converter = new(new SyntaxHighlighter());

    /// <summary>
    /// The cases compared without their whitespace (every other is compared with kramdown's blank lines and indentation):
    /// a code span's line break, which kramdown keeps and we make a space (README, Jekyll sites), and a Markdown element
    /// inside a raw HTML block, which kramdown lays out by rules of its own for that one place.
    /// </summary>
    private static readonly HashSet<string> LaidOutOtherwise = ["fence-info-with-spaces", "markdown-child-of-html-block"];

    [Theory]
    [InlineData("typography", "It's \"quoted\" and 'single' -- --- ... <<a>> << b >>",
        "<p>It’s “quoted” and ‘single’ – — … «a» «\u00A0b\u00A0»</p>\n")]
    [InlineData("typography-rules", "the '80s, 1990s' hits, \"'nested' words\", don't, rock 'n' roll",
        "<p>the ’80s, 1990s’ hits, “‘nested’ words”, don’t, rock ‘n’ roll</p>\n")]
    [InlineData("line-end-spaces", "three   \nnext\n\ntwo  \nnext\n\none \nnext\n\n*em*   \nnext\n\nlast   ",
        "<p>three <br />\nnext</p>\n\n<p>two<br />\nnext</p>\n\n<p>one \nnext</p>\n\n<p><em>em</em> <br />\nnext</p>\n\n<p>last</p>\n")]
    [InlineData("span-html-raw", "A <code>say \"hi\" -- it's</code> and <kbd>*k*</kbd> <mark>\"m\" & 1 &lt; 2</mark> and <span>\"s\"</span>",
        "<p>A <code>say \"hi\" -- it's</code> and <kbd>*k*</kbd> <mark>\"m\" &amp; 1 &lt; 2</mark> and <span>”s”</span></p>\n")]
    [InlineData("span-html-block-tag", "C <iframe src=\"v\"></iframe> z",
        "<p>C &lt;iframe src=\"v\"&gt;&lt;/iframe&gt; z</p>\n")]
    [InlineData("fence-unknown-language", "```mermaid\ngraph TD; A-->B \"q\"\n```\n\n```Ruby\nputs 1\n```",
        "<pre><code class=\"language-mermaid\">graph TD; A--&gt;B \"q\"\n</code></pre>\n\n<pre><code class=\"language-Ruby\">puts 1\n</code></pre>\n")]
    [InlineData("fence-info-with-spaces", "```html title=\"x\"\n<b>hi</b>\n```",
        "<p><code class=\"language-plaintext highlighter-rouge\">html title=\"x\"\n&lt;b&gt;hi&lt;/b&gt;\n</code></p>\n")]
    [InlineData("code-span-quotes", "Use `href=\"#a\"` here",
        "<p>Use <code class=\"language-plaintext highlighter-rouge\">href=\"#a\"</code> here</p>\n")]
    [InlineData("span-html-stray-end-tag", "See [demo][nope]</a>. And <b>x</b>",
        "<p>See [demo][nope]&lt;/a&gt;. And <b>x</b></p>\n")]
    [InlineData("markdown-child-of-html-block", "<aside class=\"x\">\n<nav class=\"toc\" markdown=\"1\">\n* toc\n{:toc}\n</nav>\n</aside>\n\n## Heading",
        "<aside class=\"x\">\n<nav class=\"toc\">\n<ul id=\"markdown-toc\">\n  <li><a href=\"#heading\" id=\"markdown-toc-heading\">Heading</a></li>\n</ul>\n\n  </nav>\n</aside>\n\n<h2 id=\"heading\">Heading</h2>\n")]
    [InlineData("heading-colon", "# 404: Not found",
        "<h1 id=\"404-not-found\">404: Not found</h1>\n")]
    [InlineData("heading-unicode", "# Über café",
        "<h1 id=\"über-café\">Über café</h1>\n")]
    [InlineData("heading-repeat", "# Setup\n\n# Setup\n\n# Setup",
        "<h1 id=\"setup\">Setup</h1>\n\n<h1 id=\"setup-1\">Setup</h1>\n\n<h1 id=\"setup-2\">Setup</h1>\n")]
    [InlineData("heading-empty", "# !!!",
        "<h1>!!!</h1>\n")]
    [InlineData("heading-punctuation", "## C# & .NET: What's *new*?",
        "<h2 id=\"c--net-whats-new\">C# &amp; .NET: What’s <em>new</em>?</h2>\n")]
    [InlineData("heading-explicit-id", "## Custom {#my-id}",
        "<h2 id=\"my-id\">Custom</h2>\n")]
    [InlineData("heading-setext", "Title\n=====",
        "<h1 id=\"title\">Title</h1>\n")]
    [InlineData("fence-language", "```ruby\nputs 1\n```",
        "<div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><span class=\"nb\">puts</span> <span class=\"mi\">1</span>\n</code></pre></div></div>\n")]
    [InlineData("fence-plain", "```\na < b\n```",
        "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>a &lt; b\n</code></pre></div></div>\n")]
    [InlineData("indented-code", "    indented <code>",
        "<div class=\"language-plaintext highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code>indented &lt;code&gt;\n</code></pre></div></div>\n")]
    [InlineData("code-span", "Use `a < b` here",
        "<p>Use <code class=\"language-plaintext highlighter-rouge\">a &lt; b</code> here</p>\n")]
    [InlineData("task-list", "- [x] done\n- [ ] todo",
        "<ul class=\"task-list\">\n  <li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" checked=\"checked\" />done</li>\n  <li class=\"task-list-item\"><input type=\"checkbox\" class=\"task-list-item-checkbox\" disabled=\"disabled\" />todo</li>\n</ul>\n")]
    [InlineData("html-block-blank-lines", "<ul class=\"posts\">\n\n    <li><a href=\"/a/\">A</a></li>\n\n    <li><a href=\"/b/\">B</a></li>\n\n</ul>",
        "<ul class=\"posts\">\n\n    <li><a href=\"/a/\">A</a></li>\n\n    <li><a href=\"/b/\">B</a></li>\n\n</ul>\n")]
    [InlineData("html-block-then-markdown", "<div class=\"note\">\n*raw*\n</div>\n\nafter *em*",
        "<div class=\"note\">\n*raw*\n</div>\n\n<p>after <em>em</em></p>\n")]
    [InlineData("html-comment", "<!-- note -->\n\ntext",
        "<!-- note -->\n\n<p>text</p>\n")]
    [InlineData("footnote", "Claim[^src].\n\n[^src]: The source.",
        "<p>Claim<sup id=\"fnref:src\" role=\"doc-noteref\"><a href=\"#fn:src\" class=\"footnote\" rel=\"footnote\">1</a></sup>.</p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:src\" role=\"doc-endnote\">\n      <p>The source.\u00A0<a href=\"#fnref:src\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n")]
    [InlineData("footnote-repeat", "a[^1] b[^1]\n\n[^1]: Note.",
        "<p>a<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup> b<sup id=\"fnref:1:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup></p>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:1\" role=\"doc-endnote\">\n      <p>Note.\u00A0<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a>\u00A0<a href=\"#fnref:1:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;<sup>2</sup></a></p>\n    </li>\n  </ol>\n</div>\n")]
    [InlineData("block-ial", "Para\n{: .cls #pid key=\"v\"}",
        "<p class=\"cls\" id=\"pid\" key=\"v\">Para</p>\n")]
    [InlineData("block-ial-before", "{: .lead}\nNext paragraph",
        "<p class=\"lead\">Next paragraph</p>\n")]
    [InlineData("span-ial", "*em*{: .x} and [link](http://a.com){: target=\"_blank\"}",
        "<p><em class=\"x\">em</em> and <a href=\"http://a.com\" target=\"_blank\">link</a></p>\n")]
    [InlineData("ald", "{:ref: .a .b}\n\nText\n{: ref}",
        "\n<p class=\"a b\">Text</p>\n")]
    [InlineData("toc", "* TOC\n{:toc}\n\n# One\n\n## Two\n\n# Three",
        "<ul id=\"markdown-toc\">\n  <li><a href=\"#one\" id=\"markdown-toc-one\">One</a>    <ul>\n      <li><a href=\"#two\" id=\"markdown-toc-two\">Two</a></li>\n    </ul>\n  </li>\n  <li><a href=\"#three\" id=\"markdown-toc-three\">Three</a></li>\n</ul>\n\n<h1 id=\"one\">One</h1>\n\n<h2 id=\"two\">Two</h2>\n\n<h1 id=\"three\">Three</h1>\n")]
    [InlineData("comment-extension", "a {::comment}hidden{:/comment} b\n\n{::comment}\nblock\n{:/comment}",
        "<p>a <!-- hidden --> b</p>\n\n<!-- block -->\n")]
    [InlineData("nomarkdown", "{::nomarkdown}\n<b>raw *x*</b>\n{:/nomarkdown}",
        "<b>raw *x*</b>\n")]
    [InlineData("definition-list", "Term\n: Definition\n: Another",
        "<dl>\n  <dt>Term</dt>\n  <dd>Definition</dd>\n  <dd>Another</dd>\n</dl>\n")]
    [InlineData("definition-spaced", "Term\n\n: Spaced definition",
        "<dl>\n  <dt>Term</dt>\n  <dd>\n    <p>Spaced definition</p>\n  </dd>\n</dl>\n")]
    [InlineData("definition-two-paragraphs", "Term\n: Compact\n\n    Second paragraph",
        "<dl>\n  <dt>Term</dt>\n  <dd>Compact\n\n    <p>Second paragraph</p>\n  </dd>\n</dl>\n")]
    [InlineData("list-nested-under-ordered-item", "1. One\n  * nested\n  * two\n2. Three",
        "<ol>\n  <li>One\n    <ul>\n      <li>nested</li>\n      <li>two</li>\n    </ul>\n  </li>\n  <li>Three</li>\n</ol>\n")]
    [InlineData("list-under-item-to-blank-line", "1. One\n  * x\n  * y\n\n  * z",
        "<ol>\n  <li>One\n    <ul>\n      <li>x</li>\n      <li>y</li>\n    </ul>\n  </li>\n</ol>\n\n<ul>\n  <li>z</li>\n</ul>\n")]
    [InlineData("list-under-item-alternating", "1. One\n  * x\n\n  * y\n2. Two",
        "<ol>\n  <li>One\n    <ul>\n      <li>x</li>\n    </ul>\n  </li>\n</ol>\n\n<ul>\n  <li>y\n    <ol>\n      <li>Two</li>\n    </ol>\n  </li>\n</ul>\n")]
    [InlineData("setext-under-two-lines", "First line\nsecond line\n---",
        "<p>First line\nsecond line\n\u2014</p>\n")]
    [InlineData("rule-under-paragraph", "Text\n***",
        "<p>Text\n***</p>\n")]
    [InlineData("comment-under-paragraph", "Text\n<!--more-->\nMore text",
        "<p>Text\n<!--more-->\nMore text</p>\n")]
    [InlineData("comment-then-text", "<!-- note --> Text after",
        "<!-- note -->\n<p>Text after</p>\n")]
    [InlineData("heading-autolink-id", "# See <https://example.com/docs>",
        "<h1 id=\"see-httpsexamplecomdocs\">See <a href=\"https://example.com/docs\">https://example.com/docs</a></h1>\n")]
    [InlineData("math-then-text", "$$x^2$$\nsee text",
        "<p>\\(x^2\\)\nsee text</p>\n")]
    [InlineData("math-alone-in-item", "* $$x$$\n* two",
        "<ul>\n  <li>\n\\[x\\]\n  </li>\n  <li>two</li>\n</ul>\n")]
    [InlineData("footnote-after-definition-list", "A claim[^1].\n\nTerm\n: Definition\n\n[^1]: The note.",
        "<p>A claim<sup id=\"fnref:1\" role=\"doc-noteref\"><a href=\"#fn:1\" class=\"footnote\" rel=\"footnote\">1</a></sup>.</p>\n\n<dl>\n  <dt>Term</dt>\n  <dd>Definition</dd>\n</dl>\n\n<div class=\"footnotes\" role=\"doc-endnotes\">\n  <ol>\n    <li id=\"fn:1\" role=\"doc-endnote\">\n      <p>The note.\u00A0<a href=\"#fnref:1\" class=\"reversefootnote\" role=\"doc-backlink\">&#8617;</a></p>\n    </li>\n  </ol>\n</div>\n")]
    [InlineData("abbreviation", "HTML and CSS.\n\n*[HTML]: Hyper Text Markup Language",
        "<p><abbr title=\"Hyper Text Markup Language\">HTML</abbr> and CSS.</p>\n\n")]
    [InlineData("math-inline", "$$x\\\\y$$ and $$a<b$$",
        "<p>\\(x\\\\y\\) and \\(a&lt;b\\)</p>\n")]
    [InlineData("math-block", "$$\na\\\\b\n$$",
        "\\[a\\\\b\\]\n")]
    [InlineData("math-block-line", "$$x < y$$",
        "\\[x &lt; y\\]\n")]
    [InlineData("no-bare-autolink", "see https://example.com and www.example.com",
        "<p>see https://example.com and www.example.com</p>\n")]
    [InlineData("angle-autolink", "<https://example.com/a>",
        "<p><a href=\"https://example.com/a\">https://example.com/a</a></p>\n")]
    [InlineData("tilde-href", "[home](https://example.com/~user/)",
        "<p><a href=\"https://example.com/~user/\">home</a></p>\n")]
    [InlineData("entities", "&copy; AT&T &amp; 1 < 2",
        "<p>© AT&amp;T &amp; 1 &lt; 2</p>\n")]
    [InlineData("hard-break", "a  \nb\\\\\nc",
        "<p>a<br />\nb<br />\nc</p>\n")]
    [InlineData("strikethrough", "~~gone~~ and ~not~",
        "<p><del>gone</del> and ~not~</p>\n")]
    [InlineData("table", "| a | b |\n|:--|--:|\n| 1 | 2 |",
        "<table>\n  <thead>\n    <tr>\n      <th style=\"text-align: left\">a</th>\n      <th style=\"text-align: right\">b</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td style=\"text-align: left\">1</td>\n      <td style=\"text-align: right\">2</td>\n    </tr>\n  </tbody>\n</table>\n")]
    [InlineData("hr", "---\n\n* * *",
        "<hr />\n\n<hr />\n")]
    [InlineData("image", "![alt text](/img.png \"Title\")",
        "<p><img src=\"/img.png\" alt=\"alt text\" title=\"Title\" /></p>\n")]
    [InlineData("intraword", "snake_case_word and 2*3*4",
        "<p>snake_case_word and 2<em>3</em>4</p>\n")]
    [InlineData("escapes", "\\*not em\\* \\_x\\_ \\\\",
        "<p>*not em* _x_ \\</p>\n")]
    [InlineData("ordered-start", "3. three\n4. four",
        "<ol>\n  <li>three</li>\n  <li>four</li>\n</ol>\n")]
    [InlineData("nested-list", "- a\n  - b\n- c",
        "<ul>\n  <li>a\n    <ul>\n      <li>b</li>\n    </ul>\n  </li>\n  <li>c</li>\n</ul>\n")]
    [InlineData("blockquote", "> quote\nlazy",
        "<blockquote>\n  <p>quote\nlazy</p>\n</blockquote>\n")]
    [InlineData("code-backticks", "`` a`b ``",
        "<p><code class=\"language-plaintext highlighter-rouge\">a`b</code></p>\n")]
    [InlineData("markdown-attribute", "<div markdown=\"1\">\n*em* text\n\n- a\n- b\n</div>\n\nafter",
        "<div>\n  <p><em>em</em> text</p>\n\n  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>\n</div>\n\n<p>after</p>\n")]
    [InlineData("markdown-attribute-nested", "<section class=\"x\" markdown=\"1\">\n<div>\n*raw*\n</div>\n\n## Inside\n</section>",
        "<section class=\"x\">\n  <div>\n*raw*\n</div>\n\n  <h2 id=\"inside\">Inside</h2>\n</section>\n")]
    // markdown="1" on an element whose content is text in HTML (p, h1-h6...), and markdown="span" on any: its text is Markdown
    [InlineData("markdown-attribute-span", "<p lang=\"en\" markdown=\"1\">Some `code` and *em*.</p>\n\nafter",
        "<p lang=\"en\">Some <code class=\"language-plaintext highlighter-rouge\">code</code> and <em>em</em>.</p>\n\n<p>after</p>\n")]
    [InlineData("markdown-attribute-heading", "<h2 markdown=\"1\">*x*</h2>", "<h2><em>x</em></h2>\n")]
    [InlineData("markdown-attribute-span-lines", "<p markdown=\"1\">a *b*\nc</p>\n", "<p>a <em>b</em>\nc</p>\n")]
    [InlineData("markdown-attribute-span-forced", "<div markdown=\"span\">*z*</div>", "<div><em>z</em></div>\n")]
    [InlineData("html-block-unclosed", "<div>\nunclosed *x*\n\npara",
        "<div>\nunclosed *x*\n\npara\n</div>\n")]
    [InlineData("html-block-tail", "<section>\n<p>x</p>\n</section>\n\nnext *t*",
        "<section>\n<p>x</p>\n</section>\n\n<p>next <em>t</em></p>\n")]
    [InlineData("span-html-line", "<span>*em*</span> text",
        "<p><span><em>em</em></span> text</p>\n")]
    // kramdown's layout: a blank line where the source has one, two spaces of indentation a level (what strip_html | truncate counts).
    [InlineData("layout-blank-lines", "\n\nPara\n\n\n", "\n<p>Para</p>\n\n")]
    [InlineData("layout-list-in-quote", "> * a\n> * b\n>\n> c",
        "<blockquote>\n  <ul>\n    <li>a</li>\n    <li>b</li>\n  </ul>\n\n  <p>c</p>\n</blockquote>\n")]
    [InlineData("layout-code-in-item", "* a\n\n  ```ruby\n  x = 1\n  ```\n* b",
        "<ul>\n  <li>\n    <p>a</p>\n\n    <div class=\"language-ruby highlighter-rouge\"><div class=\"highlight\"><pre class=\"highlight\"><code><span class=\"n\">x</span> <span class=\"o\">=</span> <span class=\"mi\">1</span>\n</code></pre></div>    </div>\n  </li>\n  <li>\n    <p>b</p>\n  </li>\n</ul>\n")]
    [InlineData("layout-table-empty-cells", "| a | b | c |\n|---|---|---|\n| x | | z |\n| only |",
        "<table>\n  <thead>\n    <tr>\n      <th>a</th>\n      <th>b</th>\n      <th>c</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>x</td>\n      <td>\u00a0</td>\n      <td>z</td>\n    </tr>\n    <tr>\n      <td>only</td>\n      <td>\u00a0</td>\n      <td>\u00a0</td>\n    </tr>\n  </tbody>\n</table>\n")]
    [InlineData("layout-loose-items", "* a\n\n* b\n\n  second para\n* c\n\n\nafter",
        "<ul>\n  <li>\n    <p>a</p>\n  </li>\n  <li>\n    <p>b</p>\n\n    <p>second para</p>\n  </li>\n  <li>\n    <p>c</p>\n  </li>\n</ul>\n\n<p>after</p>\n")]
    [InlineData("layout-quote-ends-blank", "> a\n>\n\nb", "<blockquote>\n  <p>a</p>\n\n</blockquote>\n\n<p>b</p>\n")]
    [InlineData("layout-continuation-indent", "first line\n second line\n\tthird", "<p>first line\n second line\n\tthird</p>\n")]
    // kramdown's tables: a block whose every line has a pipe outside code spans, between blank lines; + in separators,
    // a separator line first (no header), a later one starts another body, = starts the footer, a header alone is text
    [InlineData("table-one-line", "Home | About\n\nnext",
        "<table>\n  <tbody>\n    <tr>\n      <td>Home</td>\n      <td>About</td>\n    </tr>\n  </tbody>\n</table>\n\n<p>next</p>\n")]
    [InlineData("table-plus-separator", "| A | B |\n|---+--:|\n| 1 | 2 |",
        "<table>\n  <thead>\n    <tr>\n      <th>A</th>\n      <th style=\"text-align: right\">B</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>1</td>\n      <td style=\"text-align: right\">2</td>\n    </tr>\n  </tbody>\n</table>\n")]
    [InlineData("table-footer", "|a|b|\n|===|===|\n|1|2|",
        "<table>\n  <tbody>\n    <tr>\n      <td>a</td>\n      <td>b</td>\n    </tr>\n  </tbody>\n  <tfoot>\n    <tr>\n      <td>1</td>\n      <td>2</td>\n    </tr>\n  </tfoot>\n</table>\n")]
    [InlineData("table-bodies", "| G | H |\n|---|---|\n| 1 | 2 |\n|---|---|\n| 3 | 4 |",
        "<table>\n  <thead>\n    <tr>\n      <th>G</th>\n      <th>H</th>\n    </tr>\n  </thead>\n  <tbody>\n    <tr>\n      <td>1</td>\n      <td>2</td>\n    </tr>\n  </tbody>\n  <tbody>\n    <tr>\n      <td>3</td>\n      <td>4</td>\n    </tr>\n  </tbody>\n</table>\n")]
    [InlineData("table-not-after-text", "text\n| not | table |\n\n| only | header |\n|---|---|\n",
        "<p>text\n| not | table |</p>\n\n<p>| only | header |\n|—|—|</p>\n")]
    [InlineData("layout-empty-quote", ">\n", "<blockquote>\n\n</blockquote>\n")]
    [InlineData("layout-definitions", "Term\n: one\n\n: two\n",
        "<dl>\n  <dt>Term</dt>\n  <dd>one</dd>\n  <dd>\n    <p>two</p>\n  </dd>\n</dl>\n")]
    public void Converts_as_kramdown(string construct, string markdown, string kramdown)
    {
        var ours = Converter.ToHtml(markdown);
        Func<string, string> normalize = LaidOutOtherwise.Contains(construct) ? HtmlComparison.Normalize : HtmlComparison.NormalizeKeepingLayout;
        Assert.True(normalize(kramdown) == normalize(ours),
            $"{construct}:\n--- kramdown\n{kramdown}\n--- ours\n{ours}");
    }
}
