using Blog.Site.Content;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>Builds <c>site</c> once per build: every config value, then Jekyll's computed members (made when first read).</summary>
internal static class SiteValue
{
    public static LiquidHash Create(SiteContent content, LiquidValueConverter converter)
    {
        var settings = content.Settings;
        var members = new Dictionary<string, Lazy<FluidValue>>(StringComparer.Ordinal);
        void Set(string name, Func<FluidValue> value) => members[name] = new Lazy<FluidValue>(value, LazyThreadSafetyMode.ExecutionAndPublication);
        foreach (var (key, value) in settings.Values) Set(key, () => converter.Convert(value));

        Set("title", () => StringValue.Create(settings.Title));
        Set("description", () => StringValue.Create(settings.Description));
        Set("time", () => new TimeValue(settings.Time));
        Set("posts", () => converter.Drops(content.Posts));
        Set("pages", () => converter.Drops(content.Pages));
        Set("html_pages", () => converter.Drops(content.Pages.Where(p => p.OutputPath.EndsWith(".html", StringComparison.Ordinal))));
        Set("static_files", () => new ArrayValue(content.StaticFiles.Select(converter.Convert).ToArray()));
        Set("categories", () => PostsByName(content.Posts, p => p.Categories, converter));
        Set("tags", () => PostsByName(content.Posts, p => p.Tags, converter));
        Set("data", () => new DataHash(content.Data, converter));
        Set("collections", () => CollectionValues.All(content, converter));
        Set("documents", () => CollectionValues.Documents(content, converter));
        // Jekyll's SiteDrop#[] answers a collection's name with its documents before anything else of that name.
        foreach (var collection in content.Collections) Set(collection.Settings.Label, () => converter.Drops(collection.Documents));

        return new DeferredHash(members.ToList()) { RubyObject = new RubyObject("Jekyll::Drops::SiteDrop") };
    }

    /// <summary>
    /// Jekyll's <c>site.categories</c>/<c>site.tags</c>: names in the order they first appear going from the oldest
    /// post to the newest, each with its posts newest first.
    /// </summary>
    private static FixedHash PostsByName(IReadOnlyList<Document> newestFirst, Func<Document, IReadOnlyList<string>> names,
        LiquidValueConverter converter)
    {
        var groups = new Dictionary<string, List<Document>>(StringComparer.Ordinal);
        var order = new List<string>();
        for (var i = newestFirst.Count - 1; i >= 0; i--)
        {
            foreach (var name in names(newestFirst[i]).Distinct(StringComparer.Ordinal))
            {
                if (!groups.TryGetValue(name, out var posts))
                {
                    groups[name] = posts = [];
                    order.Add(name);
                }
                posts.Add(newestFirst[i]);
            }
        }
        return new FixedHash(order
            .Select(name => new KeyValuePair<string, FluidValue>(name, converter.Drops(Enumerable.Reverse(groups[name]))))
            .ToList());
    }
}
