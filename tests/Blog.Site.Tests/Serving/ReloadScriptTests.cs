using Blog.Site.Serving;

namespace Blog.Site.Tests.Serving;

public class ReloadScriptTests
{
    private const string Tag = "<script src=\"/__blog/livereload.js\" data-generation=\"3\" defer></script>";

    [Fact]
    public void The_script_tag_goes_before_the_end_of_head() =>
        Assert.Equal($"<HTML><HEAD><title>t</title>{Tag}</HEAD><body></body></HTML>",
            ReloadScript.InjectInto("<HTML><HEAD><title>t</title></HEAD><body></body></HTML>", 3));

    [Fact]
    public void Without_a_head_the_script_tag_goes_before_the_end_of_body() =>
        Assert.Equal($"<p>x</p>{Tag}</body>", ReloadScript.InjectInto("<p>x</p></body>", 3));

    [Fact]
    public void A_fragment_gets_the_script_tag_at_its_end() =>
        Assert.Equal($"<p>x</p>{Tag}", ReloadScript.InjectInto("<p>x</p>", 3));
}
