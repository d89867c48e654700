using System.Collections.Concurrent;
using Blog.Site.Content;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// The fingerprint of every planned page: a hash of everything its output can depend on. Its own document and
/// the config always; its layout chain and the includes they reach; and, when its Liquid reads them, the data
/// files, <c>site.time</c>, its older and newer posts, or the whole site's listing (every document, template and
/// data file: what <c>site.posts</c>, categories, tags and the paginator expose). Generated and paginated pages
/// are listings by nature. Two builds give a page the same fingerprint only when its output would be the same.
/// </summary>
public sealed class PageFingerprints
{
    private readonly SiteContent _content;
    private readonly ConcurrentDictionary<string, TemplateFeatures> _layoutFeatures = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TemplateFeatures> _includeFeatures = new(StringComparer.Ordinal);
    private readonly Dictionary<Document, int> _postIndex;
    private readonly string _config;
    private readonly Lazy<string> _templates;
    private readonly Lazy<string> _data;
    private readonly Lazy<string> _listing;
    private readonly Lazy<string> _assets;

    public PageFingerprints(SiteContent content, IReadOnlyList<PlannedPage> pages)
    {
        _content = content;
        _postIndex = new Dictionary<Document, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < content.Posts.Count; i++) _postIndex[content.Posts[i]] = i;
        _config = ContentHash.Of(content.Settings.Values, content.Settings.Drafts, content.Settings.Future, content.Settings.Unpublished);
        _templates = new(() => ContentHash.Of(
            content.Layouts.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value),
            content.Includes.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value)));
        _data = new(() => ContentHash.Of(content.Data));
        _assets = new(() => ContentHash.Of(content.StaticFiles.Select(f =>
            f.OutputPath + ":" + Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f.FullPath))))));
        _listing = new(() => ContentHash.Of(
            pages.Select(p => p.Document), content.StaticFiles.Select(f => f.OutputPath), _templates.Value, _data.Value));
    }

    /// <summary>The page's fingerprint, or null when it must always be rendered (it reads files by relative path).</summary>
    public string? Of(PlannedPage page)
    {
        var document = page.Document;
        var features = Features(document);
        if (features.Uncacheable) return null;

        var hash = new ContentHash().Add(_config).Add(document);
        if (page.Pager is { } pager)
            hash.Add(pager.Page).Add(pager.TotalPages).Add(pager.PreviousPagePath).Add(pager.NextPagePath);
        foreach (var layout in LayoutChain(document)) hash.Add(layout);
        if (features.DynamicInclude) hash.Add(_templates.Value);
        else foreach (var include in features.Includes.Order(StringComparer.Ordinal)) hash.Add(include).Add(_content.Includes.GetValueOrDefault(include));
        if (features.Data) hash.Add(_data.Value);
        if (features.Time) hash.Add(_content.Settings.Time);
        if (features.Assets) hash.Add(_assets.Value);
        if (features.Neighbours && _postIndex.TryGetValue(document, out var i))
        {
            // A neighbour's content renders through its own templates: those count too.
            hash.Add(i > 0 ? _content.Posts[i - 1] : null).Add(i + 1 < _content.Posts.Count ? _content.Posts[i + 1] : null).Add(_templates.Value);
        }
        if (features.Listing || document.Kind == DocumentKind.Generated || page.Pager is not null) hash.Add(_listing.Value);
        return hash.Finish();
    }

    /// <summary>The union of what the document's body, its layout chain and every include they reach can read.</summary>
    private TemplateFeatures Features(Document document)
    {
        var features = TemplateFeatures.Scan(document.Body);
        foreach (var layout in LayoutChain(document))
            features = features.Union(_layoutFeatures.GetOrAdd(layout.Name, _ => TemplateFeatures.Scan(layout.Body)));

        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Queue<string>(features.Includes);
        while (pending.TryDequeue(out var name))
        {
            if (!seen.Add(name) || !_content.Includes.TryGetValue(name, out var include)) continue;
            var reached = _includeFeatures.GetOrAdd(name, _ => TemplateFeatures.Scan(include.Body));
            features = features.Union(reached);
            foreach (var next in reached.Includes) pending.Enqueue(next);
        }
        return features;
    }

    private IEnumerable<TemplateFile> LayoutChain(Document document)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var name = document.Layout; name is not null && seen.Add(name) && _content.Layouts.TryGetValue(name, out var layout);
             name = layout.Data.GetValueOrDefault("layout") as string)
            yield return layout;
    }
}
