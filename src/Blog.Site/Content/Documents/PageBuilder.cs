using Blog.Site.Config.Yaml;
using Blog.Site.Content.Discovery;
using Blog.Site.Content.FrontMatter;
using Blog.Site.Content.Permalinks;
using Blog.Site.Diagnostics;
using Blog.Site.Rendering.Sass;

namespace Blog.Site.Content.Documents;

/// <summary>
/// Makes the <see cref="Document"/> of a page (a file with front matter outside <c>_posts</c>) as Jekyll 4.3 does:
/// its URL keeps its folder and name (<c>index.html</c> becomes the folder, the site's permalink style decides
/// <c>/about.html</c> or <c>/about/</c>), or follows its own permalink. A page's explicit <c>null</c> overrides a
/// default (Jekyll only falls back to defaults for keys a page does not have).
/// </summary>
public sealed class PageBuilder(ReadContext context)
{
    public Document? Build(SourceEntry entry, string text)
    {
        var settings = context.Settings;
        string path = entry.RelativePath;
        var parsed = ParsedFile.Parse(path, text, context.Yaml, context.Errors);
        if (parsed is null) return null;

        var data = ValueMerge.Deep(context.Defaults.ValuesFor(path, "pages"), parsed.FrontMatter);
        foreach (var (key, value) in parsed.FrontMatter)
            if (value is null) data[key] = null;
        if (data.GetValueOrDefault("published") is false && !settings.Unpublished) return null;

        string? permalink = data.GetValueOrDefault("permalink") is { } p ? RubyText.Of(p) : null;
        if (permalink is "")
        {
            context.Errors.Error(parsed.PositionOf(path, "permalink"), "the permalink is empty");
            return null;
        }
        if (permalink is not null && OutputPathRules.Climbs(permalink))
        {
            context.Errors.Error(parsed.PositionOf(path, "permalink"), $"the permalink '{permalink}' climbs out of the site with '..'");
            return null;
        }

        int slash = path.LastIndexOf('/');
        string folder = slash < 0 ? "" : path[..slash];
        string fileName = path[(slash + 1)..];
        string extension = Path.GetExtension(fileName);
        string baseName = fileName[..^extension.Length].TrimEnd('.');
        string outputExtension = context.OutputExtension(extension, permalink);
        string url = PageUrl.Fill(permalink ?? PageUrl.Template(baseName, outputExtension, settings.Permalink), folder, baseName, outputExtension);

        string outputPath = OutputPath.ForPage(url, outputExtension);
        if (OutputPathRules.Problem(outputPath) is { } problem)
        {
            context.Errors.Error(parsed.PositionOf(path, "permalink"), problem);
            return null;
        }

        var date = settings.Time;
        if (data.GetValueOrDefault("date") is { } given && !DateResolver.TryResolve(given, settings.TimeZone, out date))
        {
            context.Errors.Error(parsed.PositionOf(path, "date"), $"invalid date '{RubyText.Of(given)}': use YYYY-MM-DD, YYYY-MM-DD HH:MM:SS +/-TTTT or ISO 8601");
            return null;
        }

        return new Document
        {
            RelativePath = path,
            FullPath = entry.FullPath,
            Kind = DocumentKind.Page,
            Data = data,
            Body = parsed.Body,
            BodyLine = parsed.BodyLine,
            Extension = extension,
            Title = data.GetValueOrDefault("title") is { } title ? RubyText.Of(title) : null,
            Date = date,
            Slug = baseName,
            // Jekyll never puts a stylesheet in a layout, even one a default gives it (Page#asset_file?).
            Layout = SassSyntax.IsSass(extension) ? null : DocumentLayout.From(data),
            Url = url,
            OutputPath = outputPath,
            IncludeInSitemap = data.GetValueOrDefault("sitemap") is not false,
            ExcerptSeparator = data.GetValueOrDefault("excerpt_separator") is { } sep ? RubyText.Of(sep) : settings.ExcerptSeparator,
        };
    }
}
