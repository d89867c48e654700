using Blog.Site.Content;
using Blog.Site.Content.Permalinks;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>
/// Jekyll's collections in Liquid: <c>site.collections</c> (a <c>CollectionDrop</c> per collection, the posts one
/// included, sorted by label) and <c>site.documents</c> (every collection's documents then its static files).
/// </summary>
internal static class CollectionValues
{
    /// <summary><c>site.collections</c>: label, docs, files, directory, relative_directory, output, then the config's keys.</summary>
    public static ArrayValue All(SiteContent content, LiquidValueConverter converter)
    {
        var settings = content.Settings;
        var drops = new List<(string Label, FluidValue Drop)>
        {
            ("posts", Drop("posts", converter.Drops(content.Posts.Reverse()), [], "_posts", true,
                new Dictionary<string, object?> { ["output"] = true, ["permalink"] = PermalinkStyle.PostTemplate(settings.PostsPermalink ?? settings.Permalink) },
                content, converter)),
        };
        foreach (var collection in content.Collections)
            drops.Add((collection.Settings.Label, Drop(collection.Settings.Label, converter.Drops(collection.Documents),
                collection.Files, collection.Settings.RelativeDirectory, collection.Settings.Output, collection.Settings.Metadata, content, converter)));
        return new ArrayValue(drops.OrderBy(d => d.Label, StringComparer.Ordinal).Select(d => d.Drop).ToArray());
    }

    /// <summary><c>site.documents</c>: the posts (oldest first), then each collection's documents and static files.</summary>
    public static ArrayValue Documents(SiteContent content, LiquidValueConverter converter) => new(
        content.Posts.Reverse().Select(p => (FluidValue)converter.Drop(p))
            .Concat(content.Collections.SelectMany(c => c.Documents.Select(d => (FluidValue)converter.Drop(d)).Concat(c.Files.Select(converter.Convert))))
            .ToArray());

    private static FixedHash Drop(string label, ArrayValue docs, IReadOnlyList<StaticFile> files, string relativeDirectory, bool output,
        IReadOnlyDictionary<string, object?> metadata, SiteContent content, LiquidValueConverter converter)
    {
        string container = content.Settings.CollectionsDir;
        var members = new List<KeyValuePair<string, FluidValue>>
        {
            new("label", StringValue.Create(label)),
            new("docs", docs),
            new("files", new ArrayValue(files.Select(converter.Convert).ToArray())),
            new("relative_directory", StringValue.Create(relativeDirectory)),
            new("directory", StringValue.Create(Path.Combine(content.Settings.Source, container, relativeDirectory))),
            new("output", BooleanValue.Create(output)),
        };
        var taken = members.Select(m => m.Key).ToHashSet(StringComparer.Ordinal);
        members.AddRange(metadata.Where(m => !taken.Contains(m.Key)).Select(m => new KeyValuePair<string, FluidValue>(m.Key, converter.Convert(m.Value))));
        return new FixedHash(members);
    }
}
