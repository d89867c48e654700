using Blog.Site.Config.Yaml;
using Blog.Site.Content;
using Blog.Site.Content.Discovery;
using Blog.Site.Content.FrontMatter;
using Blog.Site.Content.Permalinks;
using Blog.Site.Diagnostics;

namespace Blog.Site.Outputs.Pages.Redirects;

/// <summary>
/// jekyll-redirect-from 0.16: a document's <c>redirect_from:</c> (a path or a list of paths) gives a redirect page at
/// each old path, and <c>redirect_to:</c> makes the document itself a redirect page. A redirect page has
/// <c>sitemap: false</c>, <c>page.redirect.from</c>/<c>.to</c>, and the site's <c>redirect</c> layout, or the
/// plugin's own page when the site has none.
/// </summary>
public static class RedirectPages
{
    public const string LayoutName = "redirect";

    /// <summary>The plugin's <c>redirect.html</c>, used when the site has no <c>_layouts/redirect.html</c>.</summary>
    public const string BuiltInLayout = """
        <!DOCTYPE html>
        <html lang="en-US">
          <meta charset="utf-8">
          <title>Redirecting&hellip;</title>
          <link rel="canonical" href="{{ page.redirect.to }}">
          <script>location="{{ page.redirect.to }}"</script>
          <meta http-equiv="refresh" content="0; url={{ page.redirect.to }}">
          <meta name="robots" content="noindex">
          <h1>Redirecting&hellip;</h1>
          <a href="{{ page.redirect.to }}">Click here if you are not redirected.</a>
        </html>

        """;

    /// <summary>What the plugin changes in a build's pages.</summary>
    /// <param name="Replaced">Each document with <c>redirect_to</c>, and the redirect page it becomes.</param>
    /// <param name="Added">The redirect pages of <c>redirect_from</c>, in the plugin's order.</param>
    public sealed record Changes(Replacements<Document> Replaced, IReadOnlyList<Document> Added);

    /// <summary>
    /// The redirect pages for the documents the build writes (<paramref name="written"/>). A <c>redirect_from</c>
    /// entry that is not a path, or whose page would take the output of another file, is reported at its line and left out.
    /// </summary>
    /// <param name="staticFiles">The static files the build writes, whose outputs a redirect page must not take either.</param>
    public static Changes Plan(SiteContent content, IReadOnlyList<Document> written, IEnumerable<StaticFile> staticFiles, ErrorCollector errors)
    {
        var empty = new Changes(new Replacements<Document>(), []);
        if (!RedirectOptions.From(content.Settings).Enabled) return empty;
        var writers = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in staticFiles) writers.TryAdd(file.OutputPath, file.RelativePath);
        foreach (var document in written) writers[document.OutputPath] = document.RelativePath;

        var replaced = new Replacements<Document>();
        var added = new List<Document>();
        var redirects = Of(content, written, errors).ToList();
        foreach (var (start, round) in RedirectLoops.In(redirects))
            errors.Error(KeyPosition(start.Origin, "redirect_to"),
                $"redirect_to '{start.Target}' makes a redirect loop ({string.Join(" → ", round)}): a browser would go round it " +
                "until it gives up; point one of them at a page that is not a redirect");
        foreach (var redirect in redirects)
        {
            if (redirect.IsRedirectTo)
            {
                replaced.Add(redirect.Origin, Page(content, redirect, redirect.Origin));
                continue;
            }
            var page = Page(content, redirect, null);
            // Another document's redirect to the same old path is named by that document.
            if (!writers.TryAdd(page.OutputPath, redirect.Origin.RelativePath))
            {
                errors.Error(KeyPosition(redirect.Origin),
                    $"redirect_from '{redirect.From}' would write {page.OutputPath}, which {writers[page.OutputPath]} writes: remove the redirect or move that page");
                continue;
            }
            added.Add(page);
        }
        return replaced.Count == 0 && added.Count == 0 ? empty : new Changes(replaced, added);
    }

    /// <summary>
    /// Every redirect of the written documents in the plugin's order (posts oldest first, then the written collections'
    /// documents, then the pages by name; each document's <c>redirect_from</c> entries, then its <c>redirect_to</c>):
    /// the order of <c>redirects.json</c>.
    /// </summary>
    /// <param name="errors">Where bad values are reported; null to skip them silently (they were reported when planning).</param>
    public static IEnumerable<Redirect> Of(SiteContent content, IReadOnlyList<Document> written, ErrorCollector? errors)
    {
        var outputs = written.Select(d => d.OutputPath).ToHashSet(StringComparer.Ordinal);
        var documents = content.Posts.Reverse()
            .Concat(content.Collections.Where(c => c.Settings.Output).SelectMany(c => c.Documents))
            .Concat(content.Pages)
            .Where(d => outputs.Contains(d.OutputPath));
        foreach (var document in documents)
        {
            foreach (var from in Paths(document, errors))
                yield return new Redirect(document, WithLeadingSlash(from), AbsoluteUrl(content, document.Url), document.Url, false);
            if (RedirectTo(document, errors) is { } to)
                yield return new Redirect(document, document.Url, AbsoluteUrl(content, to), to, true);
        }
    }

    /// <summary><c>redirect_from</c> as the plugin reads it: one path, or a list of them without its nils.</summary>
    private static IEnumerable<string> Paths(Document document, ErrorCollector? errors)
    {
        var value = document.Data.GetValueOrDefault("redirect_from");
        IEnumerable<object?> items = value switch
        {
            null => [],
            string => [value],
            IReadOnlyList<object?> list => list.Where(i => i is not null),
            _ => [value],
        };
        foreach (var item in items)
        {
            if (item is string { Length: > 0 } path) yield return path;
            else errors?.Error(KeyPosition(document),
                $"redirect_from must be a path or a list of paths (such as /old/page/), not {Describe(item)}");
        }
    }

    /// <summary><c>redirect_to</c> as the plugin reads it: the value, or the first non-nil item of a list.</summary>
    private static string? RedirectTo(Document document, ErrorCollector? errors)
    {
        var value = document.Data.GetValueOrDefault("redirect_to");
        if (value is IReadOnlyList<object?> list) value = list.FirstOrDefault(i => i is not null);
        if (value is null or string { Length: > 0 }) return (string?)value;
        errors?.Error(KeyPosition(document, "redirect_to"), $"redirect_to must be a path or a URL, not {Describe(value)}");
        return null;
    }

    private static string Describe(object? value) => value switch
    {
        null or "" => "an empty value",
        IReadOnlyDictionary<string, object?> => "a mapping",
        IReadOnlyList<object?> => "a nested list",
        _ => $"'{DataValues.Text(value)}'",
    };

    /// <summary>The redirect page: from its own path, or the document itself (<paramref name="document"/>) made one.</summary>
    private static Document Page(SiteContent content, Redirect redirect, Document? document)
    {
        var hasLayout = content.Layouts.ContainsKey(LayoutName);
        var data = new Dictionary<string, object?>(document?.Data ?? new Dictionary<string, object?>(), StringComparer.Ordinal)
        {
            ["sitemap"] = false,
            ["layout"] = LayoutName,
            ["permalink"] = redirect.From,
            ["redirect"] = new Dictionary<string, object?> { ["from"] = redirect.From, ["to"] = redirect.To },
        };
        // The plugin's page has no content and its layout is the whole page: without a site layout, that layout is the body.
        var (body, layout) = hasLayout ? ("", LayoutName) : (BuiltInLayout, (string?)null);
        if (document is not null)
        {
            // Jekyll still converts the emptied content, and kramdown makes a line break of nothing.
            if (hasLayout && Rendering.DocumentContentRenderer.IsMarkdown(document.Extension)) body = "\n";
            return document with { Data = data, Body = body, BodyLine = 1, Layout = layout, Extension = ".html", IncludeInSitemap = false };
        }
        var outputPath = OutputPathOf(redirect.From);
        return new Document
        {
            RelativePath = outputPath,
            Kind = DocumentKind.Generated,
            Data = data,
            Body = body,
            Extension = ".html",
            Date = content.Settings.Time,
            Layout = layout,
            Url = redirect.From,
            OutputPath = outputPath,
            IncludeInSitemap = false,
        };
    }

    /// <summary>Jekyll's page destination: a folder's <c>index.html</c>, else the path with <c>.html</c> unless it ends so.</summary>
    private static string OutputPathOf(string from)
    {
        var path = UrlPath.Unescape(from).TrimStart('/');
        if (path.Length == 0 || path.EndsWith('/')) return path + "index.html";
        return path.EndsWith(".html", StringComparison.Ordinal) ? path : path + ".html";
    }

    private static string WithLeadingSlash(string path) => path.StartsWith('/') ? path : "/" + path;

    private static string AbsoluteUrl(SiteContent content, string target) =>
        Redirect.IsExternal(target) ? target : SiteUrls.Absolute(content.Settings, target);

    /// <summary>
    /// The line of the key in the document's front matter. Documents keep their front matter's values, not its lines:
    /// the file is read again, only for an error. A value from <c>defaults:</c> has no line there: the file is named.
    /// </summary>
    private static SourcePosition KeyPosition(Document document, string key = "redirect_from")
    {
        if (document.FullPath is not { } file) return new SourcePosition(document.RelativePath);
        try
        {
            var parsed = ParsedFile.Parse(document.RelativePath, SourceFile.ReadText(file), new YamlReader(TimeZoneInfo.Utc), new ErrorCollector());
            return parsed?.PositionOf(document.RelativePath, key) ?? new SourcePosition(document.RelativePath);
        }
        catch (IOException)
        {
            return new SourcePosition(document.RelativePath);
        }
    }
}
