using Blog.Site.Content.Discovery;
using Blog.Site.Content.Permalinks;

namespace Blog.Site.Content.Documents;

/// <summary>
/// A file without front matter in a custom collection (Jekyll's <c>StaticFile</c> with a collection): its URL follows
/// the collection's permalink with only <c>:collection</c>, <c>:path</c> and <c>:name</c> filled, the trailing slash
/// dropped and the extension put back, e.g. <c>/:collection/:path/</c> makes <c>_docs/img/a.png</c> <c>/docs/img/a.png</c>.
/// </summary>
public sealed class CollectionStaticFileBuilder(ReadContext context)
{
    public StaticFile? Build(SourceEntry entry, DateTimeOffset modified)
    {
        var collection = entry.Collection!;
        string relativePath = collection.RelativeDirectory + "/" + entry.PathInFolder;
        if (context.Defaults.ValuesFor(relativePath, collection.Label).GetValueOrDefault("published") is false) return null;

        string extension = Path.GetExtension(entry.PathInFolder);
        string cleaned = relativePath[..^extension.Length].TrimEnd('.');
        int folder = cleaned.IndexOf(collection.RelativeDirectory, StringComparison.Ordinal);
        if (folder >= 0) cleaned = cleaned.Remove(folder, collection.RelativeDirectory.Length);
        string baseName = Path.GetFileNameWithoutExtension(entry.PathInFolder);

        string template = collection.Permalink ?? PermalinkStyle.WithPageSuffix("/:collection/:path", context.Settings.Permalink);
        // Jekyll fills these placeholders only; the others (dates, :title) have no value for a static file.
        string url = UrlTemplate.Fill(template, name => name switch
        {
            "collection" => collection.Label,
            "path" => cleaned,
            "name" => baseName,
            _ => "",
        }, out _)!;
        url = (url.Length > 1 ? url.TrimEnd('/') : "") + extension;
        string outputPath = UrlPath.Unescape(url).TrimStart('/');
        if (OutputPathRules.Problem(outputPath) is { } problem)
        {
            context.Errors.Error(new Diagnostics.SourcePosition(entry.RelativePath), problem);
            return null;
        }
        return new StaticFile(entry.RelativePath, entry.FullPath, url, outputPath, modified, collection);
    }
}
