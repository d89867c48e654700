using Blog.Site.Content;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>
/// <c>site</c> as one post sees it: the build's shared <c>site</c> plus Jekyll's <c>site.related_posts</c> (without
/// LSI: the ten most recent posts other than this one).
/// </summary>
internal sealed class PageSite(LiquidHash site, Document post, IReadOnlyList<Document> newestFirst, LiquidValueConverter values) : LiquidHash
{
    private const int RelatedCount = 10;

    public override IEnumerable<string> Keys => site.Keys.Append("related_posts");

    public override int Count => site.Count + 1;

    public override bool TryGet(string name, out FluidValue value)
    {
        if (name != "related_posts") return site.TryGet(name, out value);
        value = values.Drops(newestFirst.Take(RelatedCount + 1).Where(p => !ReferenceEquals(p, post)).Take(RelatedCount));
        return true;
    }
}
