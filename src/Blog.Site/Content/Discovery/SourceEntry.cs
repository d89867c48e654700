namespace Blog.Site.Content.Discovery;

public enum SourceKind { Post, Draft, PageOrStatic, CollectionItem }

/// <summary>
/// A file discovery found: where it is, what it may become, and for posts the categories its folders give it
/// (<c>devops/_posts/x.md</c> is in <c>devops</c>).
/// </summary>
/// <param name="RelativePath">Relative to its root (the source, or the theme for theme files), forward slashes.</param>
/// <param name="PathInFolder">For posts, drafts and collection items the path below <c>_posts</c>/<c>_drafts</c>/<c>_NAME</c>; otherwise the file name.</param>
/// <param name="Collection">For a collection item (a document or a static file of a custom collection), its collection.</param>
public sealed record SourceEntry(
    string RelativePath,
    string FullPath,
    SourceKind Kind,
    string PathInFolder,
    IReadOnlyList<string> FolderCategories,
    bool FromTheme,
    Config.CollectionSettings? Collection = null);
