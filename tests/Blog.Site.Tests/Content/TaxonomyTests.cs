namespace Blog.Site.Tests.Content;

public sealed class TaxonomyTests : IDisposable
{
    private readonly TempSite _site = new();

    public void Dispose() => _site.Dispose();

    [Fact]
    public void A_string_category_splits_on_spaces() =>
        Assert.Equal(["dev", "ops"], _site.Post("2024-02-14-x.md", "categories: dev ops").Categories);

    [Fact]
    public void List_category_items_do_not_split() =>
        Assert.Equal(["Dev Ops", "Cloud"], _site.Post("2024-02-14-x.md", "categories: [Dev Ops, Cloud]").Categories);

    [Fact]
    public void The_singular_category_never_splits() =>
        Assert.Equal(["Dev Ops"], _site.Post("2024-02-14-x.md", "category: Dev Ops").Categories);

    [Fact]
    public void Singular_and_plural_categories_both_count() =>
        Assert.Equal(["a", "b"], _site.Post("2024-02-14-x.md", "categories: a\ncategory: b").Categories);

    [Fact]
    public void Folder_categories_come_first()
    {
        _site.With("devops/cloud/_posts/2024-02-14-x.md", "---\ncategories: [news]\n---\n");

        Assert.Equal(["devops", "cloud", "news"], Assert.Single(_site.Read().Posts).Categories);
    }

    [Fact]
    public void Folders_inside_the_posts_folder_are_not_categories()
    {
        _site.With("_posts/devops/2024-02-14-x.md", "---\n---\n");

        Assert.Empty(Assert.Single(_site.Read().Posts).Categories);
    }

    [Fact]
    public void Duplicate_categories_are_removed() =>
        Assert.Equal(["a", "b"], _site.Post("2024-02-14-x.md", "categories: a b a\ncategory: b").Categories);

    [Fact]
    public void Categories_differing_in_case_are_kept_but_share_one_URL_segment()
    {
        var post = _site.Post("2024-02-14-x.md", "categories: [Dev, dev]");

        Assert.Equal(["Dev", "dev"], post.Categories);
        Assert.Equal("/dev/2024/02/14/x.html", post.Url);
    }

    [Fact]
    public void Default_categories_join_the_front_matter_ones()
    {
        _site.WithConfig("defaults:\n  - scope: { type: posts }\n    values: { categories: blog }\n");

        Assert.Equal(["blog", "news"], _site.Post("2024-02-14-x.md", "categories: news").Categories);
    }

    [Fact]
    public void Numeric_categories_become_text() =>
        Assert.Equal(["2024"], _site.Post("2024-02-14-x.md", "categories: [2024]").Categories);

    [Fact]
    public void A_string_of_tags_splits_on_spaces() =>
        Assert.Equal(["docker", "qemu"], _site.Post("2024-02-14-x.md", "tags: docker qemu").Tags);

    [Fact]
    public void List_tag_items_do_not_split() =>
        Assert.Equal(["Docker Compose"], _site.Post("2024-02-14-x.md", "tags: [Docker Compose]").Tags);

    [Fact]
    public void The_singular_tag_wins_over_tags_and_never_splits() =>
        Assert.Equal(["a b"], _site.Post("2024-02-14-x.md", "tag: a b\ntags: [c]").Tags);

    [Fact]
    public void Categories_and_tags_are_in_the_data()
    {
        var post = _site.Post("2024-02-14-x.md", "categories: a\ntags: b");

        Assert.Equal(new object?[] { "a" }, post.Data["categories"]);
        Assert.Equal(new object?[] { "b" }, post.Data["tags"]);
    }
}
