using Blog.Site.Rendering.Liquid.Filters;
using Blog.Site.Tests.Rendering.Markdown;
using Xunit.Abstractions;

namespace Blog.Site.Tests.Rendering.Filters;

/// <summary><c>smartify</c> against Jekyll's own (kramdown's SmartyPants parser), run through kramdown-oracle.rb.</summary>
public class SmartifyFilterTests(ITestOutputHelper output)
{
    [Fact]
    public async Task Smartify_curls_quotes_and_dashes_as_characters() =>
        Assert.Equal("It’s ‘fast’ – really… «ok» &amp; <em>done</em>",
            await new TestSite().RenderLiquidAsync("{{ \"It's 'fast' -- really... <<ok>> & <em>done</em>\" | smartify }}"));

    private static readonly string[] Pieces =
    [
        "It's", "don't", "the '80s", "\"quoted\"", "'single'", "\"'nested' words\"", "a -- b", "a --- b", "wait...",
        "<<x>>", "<< y >>", "<em>em</em>", "<b title=\"a'b\">x</b>", "&amp;", "&copy;", "AT&T", "1 < 2", "x > y",
        "\\\"", "*not md*", "`code`", "\"<em>a</em>\"", "'<i>Custer</i>'s", "line\nnext", "rock 'n' roll", "1990s'",
    ];

    [Fact]
    public async Task Smartify_matches_jekyll_on_generated_text()
    {
        var random = new Random(7);
        var texts = Enumerable.Range(0, 200)
            .Select(_ => string.Join(random.Next(3) == 0 ? "" : " ", Enumerable.Range(0, random.Next(1, 5)).Select(_ => Pieces[random.Next(Pieces.Length)])))
            .Concat(Pieces)
            .ToList();
        var expected = await KramdownOracle.SmartifyAsync(texts);
        var failures = texts.Select((text, i) => (text, want: expected[i], got: SmartifyFilter.Smartify(text)))
            .Where(c => c.want != c.got)
            .Select(c => $"{c.text}\n  jekyll: {c.want}\n  ours:   {c.got}")
            .ToList();
        output.WriteLine($"{texts.Count - failures.Count} of {texts.Count} texts smartified exactly as Jekyll does");
        Assert.True(failures.Count == 0, string.Join("\n", failures.Take(20)));
    }
}
