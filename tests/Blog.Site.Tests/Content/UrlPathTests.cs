using Blog.Site.Content.Permalinks;

namespace Blog.Site.Tests.Content;

public sealed class UrlPathTests
{
    [Theory]
    [InlineData("plain/path-1.html", "plain/path-1.html")]
    [InlineData("a b", "a%20b")]
    [InlineData("ü/é", "%C3%BC/%C3%A9")]
    [InlineData("c#d", "c%23d")]
    [InlineData("what?x", "what?x")]
    [InlineData("100%", "100%25")]
    [InlineData("a:b@c", "a:b@c")]
    [InlineData("x[1]", "x%5B1%5D")]
    [InlineData("q&a+b=c", "q&a+b=c")]
    public void Escaping_matches_Addressable_as_Jekyll_uses_it(string value, string expected) =>
        Assert.Equal(expected, UrlPath.Escape(value));

    [Fact]
    public void Unescaping_restores_the_file_name() => Assert.Equal("dev ops/grüße", UrlPath.Unescape("dev%20ops/gr%C3%BC%C3%9Fe"));

    [Theory]
    [InlineData("//a///b/", "/a/b/")]
    [InlineData("a/../b", "/a///b")]
    [InlineData("./a", "/a")]
    public void Sanitizing_squeezes_slashes_and_drops_dot_segments(string url, string expected) =>
        Assert.Equal(expected.Replace("///", "/"), UrlPath.Sanitize(url));
}
