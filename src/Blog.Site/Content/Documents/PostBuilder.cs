using Blog.Site.Config.Dates;
using Blog.Site.Config.Yaml;
using Blog.Site.Content.Discovery;
using Blog.Site.Content.FrontMatter;
using Blog.Site.Content.Permalinks;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content.Documents;

/// <summary>
/// Makes the <see cref="Document"/> of a post or draft as Jekyll 4.3 does: defaults then front matter, categories and
/// tags, the date (front matter, else the file name's, else for drafts the file's time), title and slug from the file
/// name unless given, the URL from the permalink template, and Jekyll's <c>page.id</c>. Returns null for a file that is
/// not published in this build (unpublished, future, a file name that is not a post's) or has errors (reported).
/// </summary>
public sealed class PostBuilder(ReadContext context)
{
    public Document? Build(SourceEntry entry, string text, DateTimeOffset fileTime)
    {
        var settings = context.Settings;
        string path = entry.RelativePath;
        bool isDraft = entry.Kind == SourceKind.Draft;

        var name = PostFileName.Parse(entry.PathInFolder, dated: !isDraft);
        if (name is null)
        {
            // Jekyll skips such a file silently; a warning saves an author some head-scratching.
            context.Errors.Warning(new SourcePosition(path), isDraft
                ? "a draft's file name needs an extension; skipped"
                : "a post's file name must look like YYYY-MM-DD-title.md; skipped");
            return null;
        }

        var parsed = ParsedFile.Parse(path, text, context.Yaml, context.Errors);
        if (parsed is null) return null;

        var defaults = context.Defaults.ValuesFor(path, "posts");
        var data = ValueMerge.Deep(defaults, parsed.FrontMatter);
        if (data.GetValueOrDefault("published") is false && !settings.Unpublished) return null;

        if (!TryDate(data, name, isDraft, fileTime, parsed, path, out var date)) return null;
        if (!settings.Future && date.ToUnixTimeSeconds() > settings.Time.ToUnixTimeSeconds()) return null;

        var categories = PostTaxonomy.Categories(entry.FolderCategories, defaults, parsed.FrontMatter, data);
        var tags = PostTaxonomy.Tags(data);
        string title = data.GetValueOrDefault("title") is { } t and not false ? RubyText.Of(t) : PostFileName.Titleize(name.Slug);
        string slug = data.GetValueOrDefault("slug") is { } s and not false ? RubyText.Of(s) : name.Slug;

        string? permalink = data.GetValueOrDefault("permalink") is { } p ? RubyText.Of(p) : null;
        if (permalink is not null && OutputPathRules.Climbs(permalink))
        {
            context.Errors.Error(parsed.PositionOf(path, "permalink"), $"the permalink '{permalink}' climbs out of the site with '..'");
            return null;
        }
        string outputExtension = context.OutputExtension(name.Extension, permalink);
        var placeholders = new PostPlaceholders(slug, name.BaseName, JekyllDocument.CleanedPath(path, name.Extension, "_posts"), categories, date, outputExtension);
        if (permalink is null && !context.PostTemplateIsValid) return null;
        string? url = UrlTemplate.Fill(permalink ?? context.PostTemplate, n => placeholders[n], out string? unknown);
        if (url is null)
        {
            context.Errors.Error(parsed.PositionOf(path, "permalink"), $"the permalink has no placeholder ':{unknown}' (see Jekyll's permalink placeholders)");
            return null;
        }

        string outputPath = OutputPath.ForPost(url, outputExtension);
        if (OutputPathRules.Problem(outputPath) is { } problem)
        {
            context.Errors.Error(parsed.PositionOf(path, "permalink"), problem);
            return null;
        }

        return JekyllDocument.Create(context, entry, parsed, data, isDraft ? DocumentKind.Draft : DocumentKind.Post, name.Extension, title, slug,
            date, categories, tags, url, outputPath);
    }

    private bool TryDate(Dictionary<string, object?> data, PostFileName name, bool isDraft, DateTimeOffset fileTime,
        ParsedFile parsed, string path, out DateTimeOffset date)
    {
        var zone = context.Settings.TimeZone;
        if (JekyllDocument.TryFrontMatterDate(context, data, parsed, path, out date) is { } valid) return valid;
        if (isDraft)
        {
            date = TimeZoneInfo.ConvertTime(fileTime, zone);
            return true;
        }
        if (JekyllDate.TryParse(name.Date!, zone, out date)) return true;
        context.Errors.Error(new SourcePosition(path), $"invalid date '{name.Date}' in the file name");
        return false;
    }
}
