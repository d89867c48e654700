using Blog.Site.Content;

namespace Blog.Site.Tests.Content;

/// <summary>
/// The order of <c>site.pages</c> that share a file name: Jekyll sorts pages by name alone, and its reader has met a
/// folder's subfolders before the folder's own files, so a navigation over <c>site.pages</c> lists <c>posts/index.html</c>
/// before the home page (clean-blog's navbar, checked with Jekyll 4.3).
/// </summary>
public class ReadingOrderTests
{
    [Fact]
    public void Pages_in_subfolders_come_before_the_folders_own()
    {
        string[] paths = ["index.html", "a/index.html", "posts/index.html", "a/d/index.html", "b/index.html"];

        Assert.Equal(["a/d/index.html", "a/index.html", "b/index.html", "posts/index.html", "index.html"], paths.Order(ReadingOrder.Instance));
    }

    [Fact]
    public void Files_of_one_folder_are_in_the_order_of_their_names() =>
        Assert.Equal(["a/x.md", "a/y.md"], new[] { "a/y.md", "a/x.md" }.Order(ReadingOrder.Instance));
}
