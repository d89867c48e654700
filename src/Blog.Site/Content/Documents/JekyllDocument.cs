using Blog.Site.Content.Discovery;
using Blog.Site.Content.FrontMatter;
using Blog.Site.Content.Permalinks;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content.Documents;

/// <summary>
/// What posts and custom collections' documents share, being the same thing in Jekyll (a <c>Document</c> of a
/// collection): the front matter date, the cleaned path of the <c>:path</c> placeholder, <c>page.id</c>, and the record
/// with Jekyll's computed front matter keys. <see cref="PostBuilder"/> and <see cref="CollectionDocumentBuilder"/>
/// decide what differs (dates from file names, drafts, permalinks) and build through here.
/// </summary>
internal static class JekyllDocument
{
    /// <summary>The front matter's <c>date</c>: null when it gives none, false when it is invalid (reported).</summary>
    public static bool? TryFrontMatterDate(ReadContext context, IReadOnlyDictionary<string, object?> data, ParsedFile parsed, string path,
        out DateTimeOffset date)
    {
        date = default;
        if (data.GetValueOrDefault("date") is not { } given) return null;
        if (DateResolver.TryResolve(given, context.Settings.TimeZone, out date)) return true;
        context.Errors.Error(parsed.PositionOf(path, "date"),
            $"invalid date '{RubyText.Of(given)}': use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +/-TTTT or ISO 8601");
        return false;
    }

    /// <summary>Jekyll's <c>cleaned_relative_path</c>: no extension, the first <paramref name="folder"/> removed, no trailing periods.</summary>
    public static string CleanedPath(string relativePath, string extension, string folder)
    {
        string withoutExtension = relativePath[..^extension.Length];
        int at = withoutExtension.IndexOf(folder, StringComparison.Ordinal);
        if (at >= 0) withoutExtension = withoutExtension.Remove(at, folder.Length);
        return withoutExtension.TrimEnd('.');
    }

    /// <summary>The document with Jekyll's computed keys (<c>title</c>, <c>slug</c>, <c>ext</c>, <c>date</c>, <c>categories</c>, <c>tags</c>, <c>draft</c>) in its data.</summary>
    public static Document Create(ReadContext context, SourceEntry entry, ParsedFile parsed, Dictionary<string, object?> data, DocumentKind kind,
        string extension, string title, string slug, DateTimeOffset date, IReadOnlyList<string> categories, IReadOnlyList<string> tags,
        string url, string outputPath)
    {
        data["title"] = title;
        data["slug"] = slug;
        data["ext"] = data.GetValueOrDefault("ext") ?? extension;
        data["date"] = date;
        data["categories"] = categories.Cast<object?>().ToList();
        data["tags"] = tags.Cast<object?>().ToList();
        // Jekyll's Document#draft? is asked for every document: true only for drafts.
        data["draft"] = kind == DocumentKind.Draft;

        var folder = UrlPath.DirName(url);
        return new Document
        {
            RelativePath = entry.RelativePath,
            FullPath = entry.FullPath,
            Kind = kind,
            Data = data,
            Body = parsed.Body,
            BodyLine = parsed.BodyLine,
            Extension = extension,
            Title = title,
            Date = date,
            Slug = slug,
            Categories = categories,
            Tags = tags,
            Layout = DocumentLayout.From(data),
            Url = url,
            OutputPath = outputPath,
            Id = folder.EndsWith('/') ? folder + slug : folder + "/" + slug,
            IncludeInSitemap = data.GetValueOrDefault("sitemap") is not false,
            ExcerptSeparator = data.GetValueOrDefault("excerpt_separator") is { } sep ? RubyText.Of(sep) : context.Settings.ExcerptSeparator,
        };
    }
}
