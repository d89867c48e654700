namespace Blog.Site.Tests.Rendering.Filters;

public class EscapeFilterTests
{
    private static Task<string> Render(string template) => new TestSite().RenderLiquidAsync(template);

    [Fact]
    // Recorded from Jekyll 4.3.1: Ruby's encode(xml: :attr) writes the apostrophe as &apos;.
    public async Task Xml_escape_escapes_the_five_special_characters()
    {
        var site = new TestSite();
        site.Data["text"] = "<a href=\"x\">Tom & Jerry's</a>";
        Assert.Equal("&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&apos;s&lt;/a&gt;", await site.RenderLiquidAsync("{{ site.data.text | xml_escape }}"));
    }

    [Fact]
    public async Task Xml_escape_of_nil_is_empty() =>
        Assert.Equal("[]", await Render("[{{ nothing | xml_escape }}]"));

    [Fact]
    public async Task Cgi_escape_form_encodes_with_plus_for_space() =>
        Assert.Equal("foo%2C+bar%3Bbaz%3F", await Render("{{ 'foo, bar;baz?' | cgi_escape }}"));

    [Fact]
    public async Task Uri_escape_keeps_reserved_characters_and_encodes_spaces()
    {
        var site = new TestSite();
        site.Data["text"] = "foo, bar \\baz?";
        Assert.Equal("foo,%20bar%20%5Cbaz?", await site.RenderLiquidAsync("{{ site.data.text | uri_escape }}"));
    }

    [Fact]
    public async Task Uri_escape_encodes_unicode_as_utf8() =>
        Assert.Equal("/caf%C3%A9/", await Render("{{ '/café/' | uri_escape }}"));
}
