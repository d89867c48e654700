using Blog.Site.Config;

namespace Blog.Site.Content;

/// <summary>What discovery found in the source (and theme) folder: the input of the rendering stages.</summary>
public sealed record SiteContent
{
    public required SiteSettings Settings { get; init; }
    /// <summary>Posts (and drafts when enabled), newest first, the order of <c>site.posts</c>.</summary>
    public required IReadOnlyList<Document> Posts { get; init; }
    public required IReadOnlyList<Document> Pages { get; init; }
    /// <summary>Every static file, those of custom collections included (Jekyll's <c>site.static_files</c>), by path; see <see cref="StaticFile.IsWritten"/>.</summary>
    public required IReadOnlyList<StaticFile> StaticFiles { get; init; }
    /// <summary>The custom collections in config order, each with its documents in Jekyll's order.</summary>
    public IReadOnlyList<CollectionContent> Collections { get; init; } = [];
    /// <summary><c>site.data</c>: file name (without extension) to parsed value; sub-folders nest.</summary>
    public required IReadOnlyDictionary<string, object?> Data { get; init; }
    /// <summary>Layouts by name (file name without extension); the source's override the theme's.</summary>
    public required IReadOnlyDictionary<string, TemplateFile> Layouts { get; init; }
    /// <summary>Includes by path relative to <c>_includes</c> (e.g. <c>head.html</c>, <c>nav/menu.html</c>).</summary>
    public required IReadOnlyDictionary<string, TemplateFile> Includes { get; init; }
    /// <summary>Pages the site's own Ruby plugins generated (<see cref="Plugins.RubyPluginPages"/>), in the order they added them.</summary>
    public IReadOnlyList<Plugins.PlannedPluginPage> PluginPages { get; init; } = [];
}

/// <summary>One custom collection as read: its settings, its documents (sorted as Jekyll sorts them) and its static files.</summary>
public sealed record CollectionContent(Config.CollectionSettings Settings, IReadOnlyList<Document> Documents, IReadOnlyList<StaticFile> Files);
