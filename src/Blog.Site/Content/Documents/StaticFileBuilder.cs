using Blog.Site.Content.Discovery;

namespace Blog.Site.Content.Documents;

/// <summary>
/// A file without front matter, copied as is to the same path (Jekyll's <c>StaticFile</c>; its URL is not escaped).
/// Defaults can unpublish static files by path (<c>published: false</c>), as in Jekyll.
/// </summary>
public sealed class StaticFileBuilder(ReadContext context)
{
    public StaticFile? Build(SourceEntry entry, DateTimeOffset modified)
    {
        string path = entry.RelativePath;
        string extension = Path.GetExtension(path);
        // Jekyll drops trailing periods of the name before the extension.
        string cleaned = path[..^extension.Length].TrimEnd('.') + extension;
        if (context.Defaults.ValuesFor(cleaned, null).GetValueOrDefault("published") is false) return null;
        return new StaticFile(path, entry.FullPath, "/" + cleaned, cleaned, modified);
    }
}
