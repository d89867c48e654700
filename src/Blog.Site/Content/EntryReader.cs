using Blog.Site.Content.Discovery;
using Blog.Site.Content.Documents;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content;

/// <summary>
/// Reads one discovered file into what it is: a post or draft, a page (front matter), a collection's document or
/// static file, or a static file; null when
/// it is left out (unpublished, future, broken front matter: reported to the context's collector).
/// </summary>
public sealed class EntryReader(ReadContext context)
{
    private readonly PostBuilder _posts = new(context);
    private readonly PageBuilder _pages = new(context);
    private readonly StaticFileBuilder _staticFiles = new(context);
    private readonly CollectionDocumentBuilder _collectionDocuments = new(context);
    private readonly CollectionStaticFileBuilder _collectionFiles = new(context);

    /// <returns>A <see cref="Document"/>, a <see cref="StaticFile"/>, or null.</returns>
    public object? Read(SourceEntry entry)
    {
        try
        {
            return ReadEntry(entry);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            context.Errors.Error(new SourcePosition(entry.RelativePath), $"cannot be read: {e.Message}");
            return null;
        }
    }

    private object? ReadEntry(SourceEntry entry)
    {
        if (entry.Kind == SourceKind.CollectionItem)
        {
            return SourceFile.StartsWithFrontMatter(entry.FullPath)
                ? _collectionDocuments.Build(entry, SourceFile.ReadText(entry.FullPath))
                : _collectionFiles.Build(entry, LastWrite(entry.FullPath));
        }
        if (entry.Kind != SourceKind.PageOrStatic)
        {
            var fileTime = entry.Kind == SourceKind.Draft ? LastWrite(entry.FullPath) : default;
            return _posts.Build(entry, SourceFile.ReadText(entry.FullPath), fileTime);
        }
        if (SourceFile.StartsWithFrontMatter(entry.FullPath))
            return _pages.Build(entry, SourceFile.ReadText(entry.FullPath));
        return _staticFiles.Build(entry, LastWrite(entry.FullPath));
    }

    private static DateTimeOffset LastWrite(string path) => new(File.GetLastWriteTimeUtc(path), TimeSpan.Zero);
}
