using Blog.Site.Content;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>Builds <c>site</c> once per build: every config value, then Jekyll's computed members.</summary>
internal static class SiteValue
{
    public static FixedHash Create(SiteContent content, LiquidValueConverter converter)
    {
        var settings = content.Settings;
        var members = new Dictionary<string, FluidValue>(StringComparer.Ordinal);
        foreach (var (key, value) in settings.Values) members[key] = converter.Convert(value);

        members["title"] = StringValue.Create(settings.Title);
        members["description"] = StringValue.Create(settings.Description);
        members["url"] = StringValue.Create(settings.Url);
        members["baseurl"] = StringValue.Create(settings.BaseUrl);
        members["time"] = new DateTimeValue(settings.Time);
        members["posts"] = converter.Drops(content.Posts);
        members["pages"] = converter.Drops(content.Pages);
        members["html_pages"] = converter.Drops(content.Pages.Where(p => p.OutputPath.EndsWith(".html", StringComparison.Ordinal)));
        members["static_files"] = new ArrayValue(content.StaticFiles.Select(converter.Convert).ToArray());
        members["categories"] = PostsByName(content.Posts, p => p.Categories, converter);
        members["tags"] = PostsByName(content.Posts, p => p.Tags, converter);
        members["data"] = new DataHash(content.Data, converter);

        return new FixedHash(members.ToList());
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
