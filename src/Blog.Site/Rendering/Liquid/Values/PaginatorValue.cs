using Blog.Site.Content;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>Jekyll's <c>paginator</c> for one page of a listing.</summary>
internal static class PaginatorValue
{
    public static FixedHash Create(Pager pager, LiquidValueConverter converter) => new(
    [
        new("page", NumberValue.Create(pager.Page)),
        new("per_page", NumberValue.Create(pager.PerPage)),
        new("posts", converter.Drops(pager.Posts)),
        new("total_posts", NumberValue.Create(pager.TotalPosts)),
        new("total_pages", NumberValue.Create(pager.TotalPages)),
        new("previous_page", Number(pager.PreviousPage)),
        new("previous_page_path", Text(pager.PreviousPagePath)),
        new("next_page", Number(pager.NextPage)),
        new("next_page_path", Text(pager.NextPagePath)),
    ]);

    private static FluidValue Number(int? value) => value is { } n ? NumberValue.Create(n) : NilValue.Instance;

    private static FluidValue Text(string? value) => value is null ? NilValue.Instance : StringValue.Create(value);
}
