namespace Blog.Site.Tests.Rendering.Tags;

public class HighlightTagTests
{
    [Fact]
    public async Task Highlight_writes_a_rouge_figure_with_token_classes()
    {
        var html = await new TestSite().RenderLiquidAsync("{% highlight csharp %}\nvar x = \"a<b\";\n{% endhighlight %}");
        Assert.Equal("<figure class=\"highlight\"><pre tabindex=\"0\"><code class=\"language-csharp\" data-lang=\"csharp\"><span class=\"k\">var</span> x = <span class=\"s\">\"a&lt;b\"</span>;</code></pre></figure>", html);
    }

    [Fact]
    public async Task Highlight_with_linenos_writes_a_table_with_a_gutter()
    {
        var html = await new TestSite().RenderLiquidAsync("{% highlight python linenos %}\na = 1\nb = 2\n{% endhighlight %}");
        Assert.Contains("<table class=\"rouge-table\"><tbody><tr><td class=\"gutter gl\"><pre class=\"lineno\">1\n2\n</pre></td><td class=\"code\"><pre>", html);
    }

    [Fact]
    public async Task Highlight_of_an_unknown_language_escapes_the_code()
    {
        var html = await new TestSite().RenderLiquidAsync("{% highlight nosuchlang %}<b>&</b>{% endhighlight %}");
        Assert.Equal("<figure class=\"highlight\"><pre tabindex=\"0\"><code class=\"language-nosuchlang\" data-lang=\"nosuchlang\">&lt;b&gt;&amp;&lt;/b&gt;</code></pre></figure>", html);
    }

    [Fact]
    public async Task Highlight_never_writes_inline_styles()
    {
        var html = await new TestSite().RenderLiquidAsync("{% highlight html %}<div class=\"x\">&amp;</div><!-- c -->{% endhighlight %}");
        Assert.DoesNotContain("style=", html);
        Assert.Contains("<span class=\"nt\">div</span>", html);
    }

    [Fact]
    public async Task Highlight_in_markdown_survives_blank_lines_in_the_code()
    {
        var site = new TestSite();
        var post = site.AddPost("code", 1, "Before\n\n{% highlight bash %}\necho one\n\necho two\n{% endhighlight %}\n\nAfter *done*\n");
        var html = await site.Renderer().RenderContentAsync(post, CancellationToken.None);
        Assert.Contains("<figure class=\"highlight\"><pre tabindex=\"0\"><code class=\"language-bash\" data-lang=\"bash\"><span class=\"nb\">echo</span> one\n\n<span class=\"nb\">echo</span> two</code></pre></figure>", html);
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
