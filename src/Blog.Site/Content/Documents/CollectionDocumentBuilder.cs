using Blog.Site.Config;
using Blog.Site.Config.Dates;
using Blog.Site.Config.Yaml;
using Blog.Site.Content.Discovery;
using Blog.Site.Content.FrontMatter;
using Blog.Site.Content.Permalinks;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content.Documents;

/// <summary>
/// Makes the <see cref="Document"/> of a file with front matter in a custom collection (<c>_NAME/</c>) as Jekyll 4.3's
/// <c>Document</c> does: defaults of the collection's type, then front matter; the date from front matter, else the
/// file name's (<c>2024-01-02-x.md</c>), else the build's time; title and slug from the file name unless given; the URL
/// from the front matter permalink, else the collection's, else <c>/:collection/:path</c> with the style's suffix.
/// Returns null for an unpublished file or one with errors (reported).
/// </summary>
public sealed class CollectionDocumentBuilder(ReadContext context)
{
    public Document? Build(SourceEntry entry, string text)
    {
        var settings = context.Settings;
        var collection = entry.Collection!;
        string path = entry.RelativePath;
        // Jekyll's relative_path leaves collections_dir out: it is what defaults and page.relative_path see.
        string relativePath = collection.RelativeDirectory + "/" + entry.PathInFolder;

        var parsed = ParsedFile.Parse(path, text, context.Yaml, context.Errors);
        if (parsed is null) return null;

        var defaults = context.Defaults.ValuesFor(relativePath, collection.Label);
        var data = ValueMerge.Deep(defaults, parsed.FrontMatter);
        if (data.GetValueOrDefault("published") is false && !settings.Unpublished) return null;

        var name = PostFileName.Parse(entry.PathInFolder, dated: true) ?? PostFileName.Parse(entry.PathInFolder, dated: false);
        string fileName = entry.PathInFolder[(entry.PathInFolder.LastIndexOf('/') + 1)..];
        string extension = name?.Extension ?? "";
        string slugFromName = name?.Slug ?? fileName.TrimEnd('.');
        string baseName = name?.BaseName ?? fileName;

        if (!TryDate(data, name, parsed, path, out var date)) return null;

        var categories = PostTaxonomy.Categories([], defaults, parsed.FrontMatter, data);
        var tags = PostTaxonomy.Tags(data);
        string title = data.GetValueOrDefault("title") is { } t and not false ? RubyText.Of(t) : PostFileName.Titleize(slugFromName);
        string slug = data.GetValueOrDefault("slug") is { } s and not false ? RubyText.Of(s) : slugFromName;

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
        string outputExtension = context.OutputExtension(extension, permalink);
        var placeholders = new PostPlaceholders(slug, baseName, JekyllDocument.CleanedPath(relativePath, extension, collection.RelativeDirectory), categories, date,
            outputExtension, collection.Label);
        string template = permalink ?? collection.Permalink ?? PermalinkStyle.WithPageSuffix("/:collection/:path", settings.Permalink);
        string? url = UrlTemplate.Fill(template, n => placeholders[n], out string? unknown);
        if (url is null)
        {
            var at = permalink is null ? new SourcePosition("_config.yml") : parsed.PositionOf(path, "permalink");
            context.Errors.Error(at, $"the permalink '{template}' has no placeholder ':{unknown}' (see Jekyll's permalink placeholders)");
            return null;
        }

        string outputPath = OutputPath.ForPage(url, outputExtension);
        if (OutputPathRules.Problem(outputPath) is { } problem)
        {
            context.Errors.Error(parsed.PositionOf(path, "permalink"), problem);
            return null;
        }

        return JekyllDocument.Create(context, entry, parsed, data, DocumentKind.CollectionDoc, extension, title, slug, date, categories, tags,
            url, outputPath) with { Collection = collection };
    }

    /// <summary>Front matter date, else the file name's, else (Jekyll's <c>Document#date</c>) the build's time.</summary>
    private bool TryDate(Dictionary<string, object?> data, PostFileName? name, ParsedFile parsed, string path, out DateTimeOffset date)
    {
        var zone = context.Settings.TimeZone;
        if (JekyllDocument.TryFrontMatterDate(context, data, parsed, path, out date) is { } valid) return valid;
        if (name?.Date is { } fromName && JekyllDate.TryParse(fromName, zone, out date)) return true;
        date = context.Settings.Time;
        return true;
    }
}
