namespace Blog.Site.Tests.Rendering.Tags;

/// <summary>
/// The highlight tag as Jekyll 4.3 with Rouge writes it: every expected string below was copied from the output of
/// `jekyll build` (Debian's jekyll 4.3.1, ruby-rouge 3.30) on a page with the same tag.
/// </summary>
public class HighlightTagTests
{
    [Fact]
    public async Task In_markdown_the_block_stands_apart_from_the_text_around_it()
    {
        // Jekyll puts kramdown's highlighter_prefix and _suffix (a line break each) around the block: "text:" is a paragraph of its own.
        var site = new TestSite();
        var post = site.AddPost("code", 14, "text:\n{% highlight ruby %}\nx\n{% endhighlight %}\nafter\n");
        Assert.Equal("<p>text:</p>\n\n<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\"><span class=\"n\">x</span></code></pre></figure>\n\n<p>after</p>\n",
            await site.Renderer().RenderContentAsync(post, CancellationToken.None));
    }

    [Fact]
    public async Task Highlight_writes_a_rouge_figure_with_token_classes()
    {
        var html = await new TestSite().RenderLiquidAsync("{% highlight csharp %}\nvar x = \"a<b\";\n{% endhighlight %}");
        Assert.Equal("<figure class=\"highlight\"><pre><code class=\"language-csharp\" data-lang=\"csharp\"><span class=\"kt\">var</span> <span class=\"n\">x</span> <span class=\"p\">=</span> <span class=\"s\">\"a&lt;b\"</span><span class=\"p\">;</span></code></pre></figure>", html);
    }

    [Fact]
    public async Task Highlight_with_linenos_writes_rouges_table_with_a_gutter()
    {
        var html = await new TestSite().RenderLiquidAsync("{% highlight python linenos %}\na = 1\nb = 2\n{% endhighlight %}");
        Assert.Equal("<figure class=\"highlight\"><pre><code class=\"language-python\" data-lang=\"python\"><table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n</pre></td><td class=\"code\"><pre><span class=\"n\">a</span> <span class=\"o\">=</span> <span class=\"mi\">1</span>\n<span class=\"n\">b</span> <span class=\"o\">=</span> <span class=\"mi\">2</span>\n</pre></td></tr></tbody></table></code></pre></figure>", html);
    }

    [Fact]
    public async Task Highlight_with_linenos_counts_the_lines_left_after_trailing_line_breaks_are_trimmed_and_ignores_mark_lines()
    {
        var html = await new TestSite().RenderLiquidAsync("{% highlight ruby linenos=table mark_lines=\"1\" %}\nx = 1\n\n{% endhighlight %}");
        Assert.Equal("<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\"><table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n</pre></td><td class=\"code\"><pre><span class=\"n\">x</span> <span class=\"o\">=</span> <span class=\"mi\">1</span>\n</pre></td></tr></tbody></table></code></pre></figure>", html);
    }

    [Fact]
    public async Task Highlight_lower_cases_the_language_and_keeps_plus_signs_in_data_lang_only()
    {
        var site = new TestSite();
        Assert.Equal("<figure class=\"highlight\"><pre><code class=\"language-ruby\" data-lang=\"ruby\"><span class=\"nb\">puts</span> <span class=\"mi\">1</span></code></pre></figure>",
            await site.RenderLiquidAsync("{% highlight Ruby %}\nputs 1\n{% endhighlight %}"));
        Assert.Equal("<figure class=\"highlight\"><pre><code class=\"language-c--\" data-lang=\"c++\"><table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n</pre></td><td class=\"code\"><pre><span class=\"kt\">int</span> <span class=\"n\">x</span><span class=\"p\">;</span>\n</pre></td></tr></tbody></table></code></pre></figure>",
            await site.RenderLiquidAsync("{% highlight c++ linenos %}\nint x;\n{% endhighlight %}"));
    }

    [Fact]
    public async Task Highlight_of_an_unknown_language_escapes_the_code()
    {
        var site = new TestSite();
        Assert.Equal("<figure class=\"highlight\"><pre><code class=\"language-nosuchlang\" data-lang=\"nosuchlang\">&lt;b&gt;&amp;&lt;/b&gt;</code></pre></figure>",
            await site.RenderLiquidAsync("{% highlight nosuchlang %}<b>&</b>{% endhighlight %}"));
        Assert.Equal("<figure class=\"highlight\"><pre><code class=\"language-nosuch\" data-lang=\"nosuch\"><table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n</pre></td><td class=\"code\"><pre>&lt;&amp;&gt;\n</pre></td></tr></tbody></table></code></pre></figure>",
            await site.RenderLiquidAsync("{% highlight nosuch linenos %}\n<&>\n{% endhighlight %}"));
    }

    [Fact]
    public async Task Highlight_of_html_never_writes_inline_styles()
    {
        var html = await new TestSite().RenderLiquidAsync("{% highlight html %}<div class=\"x\">&amp;</div><!-- c -->{% endhighlight %}");
        Assert.Equal("<figure class=\"highlight\"><pre><code class=\"language-html\" data-lang=\"html\"><span class=\"nt\">&lt;div</span> <span class=\"na\">class=</span><span class=\"s\">\"x\"</span><span class=\"nt\">&gt;</span><span class=\"ni\">&amp;amp;</span><span class=\"nt\">&lt;/div&gt;</span><span class=\"c\">&lt;!-- c --&gt;</span></code></pre></figure>", html);
        Assert.DoesNotContain("style=", html);
    }

    [Fact]
    public async Task Highlight_in_markdown_survives_blank_lines_in_the_code()
    {
        var site = new TestSite();
        var post = site.AddPost("code", 1, "Before\n\n{% highlight bash %}\necho one\n\necho two\n{% endhighlight %}\n\nAfter *done*\n");
        var html = await site.Renderer().RenderContentAsync(post, CancellationToken.None);
        Assert.Contains("<figure class=\"highlight\"><pre><code class=\"language-bash\" data-lang=\"bash\"><span class=\"nb\">echo </span>one\n\n<span class=\"nb\">echo </span>two</code></pre></figure>", html);
        Assert.Contains("<p>After <em>done</em></p>", html);
        Assert.DoesNotContain("<p><figure", html);
    }

    [Fact]
    public async Task Highlight_without_a_language_is_a_syntax_error()
    {
        var site = new TestSite();
        await site.RenderLiquidAsync("{% highlight %}x{% endhighlight %}");
        Assert.Contains("syntax error in tag 'highlight'", site.ErrorText);
    }
}
