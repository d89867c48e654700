using Blog.Site.Checks;

namespace Blog.Site.Tests.Checks;

public class SrcSetTests
{
    [Fact]
    public void Each_candidate_url_is_found_with_its_offset()
    {
        Assert.Equal([("a.png", 0), ("b.png", 9)], SrcSet.Candidates("a.png 1x,b.png 2x"));
    }

    [Fact]
    public void A_url_may_contain_commas_and_ends_at_whitespace()
    {
        Assert.Equal(["data:image/png;base64,AAAA", "/x.png"], SrcSet.Candidates("data:image/png;base64,AAAA 1x, /x.png 2x").Select(c => c.Url));
    }

    [Fact]
    public void A_trailing_comma_ends_a_candidate_without_descriptors()
    {
        Assert.Equal(["/a.png", "/b.png"], SrcSet.Candidates("/a.png, /b.png").Select(c => c.Url));
    }
}
