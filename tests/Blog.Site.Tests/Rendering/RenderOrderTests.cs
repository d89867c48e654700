using Blog.Site.Build;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Rendering;

/// <summary>
/// Jekyll renders posts oldest first, and a post not rendered yet has its source text as <c>content</c>. The expected
/// pages are what Debian's Jekyll 4.3 wrote for this site (a layout listing every post's content).
/// </summary>
public class RenderOrderTests
{
    [Fact]
    public async Task A_post_sees_newer_posts_content_unrendered_and_older_ones_rendered_as_jekyll_renders_them_in_order()
    {
        using var site = new TempSite()
            .With("_config.yml", "title: t\n")
            .With("_layouts/post.html", "{{ content }}<ul>{% for p in site.posts %}<li>{{ p.content }}</li>{% endfor %}</ul>\n")
            .With("_posts/2024-01-01-old.md", "---\nlayout: post\n---\nOld *body*\n")
            .With("_posts/2024-01-02-new.md", "---\nlayout: post\n---\nNew *body*\n");

        await new SiteBuilder().BuildAsync(site.Options());

        Assert.Equal("<p>Old <em>body</em></p>\n<ul><li>New *body*\n</li><li><p>Old <em>body</em></p>\n</li></ul>\n", site.Output("2024/01/01/old.html"));
        Assert.Equal("<p>New <em>body</em></p>\n<ul><li><p>New <em>body</em></p>\n</li><li><p>Old <em>body</em></p>\n</li></ul>\n", site.Output("2024/01/02/new.html"));
    }
}
