using Blog.Site.Content.Discovery;
using Blog.Site.Content.FrontMatter;

namespace Blog.Site.Content.Templates;

/// <summary>
/// Layouts (<c>_layouts/**</c>, named by path without extension, front matter parsed) and includes
/// (<c>_includes/**</c>, keyed by path, read whole as Jekyll's include tag does). The source's files override the
/// theme's of the same name.
/// </summary>
public sealed class TemplateReader(ReadContext context)
{
    public Task<IReadOnlyDictionary<string, TemplateFile>> ReadLayoutsAsync(CancellationToken ct) =>
        ReadAsync(context.Settings.Values.GetValueOrDefault("layouts_dir") as string ?? "_layouts", isLayout: true, ct);

    public Task<IReadOnlyDictionary<string, TemplateFile>> ReadIncludesAsync(CancellationToken ct) =>
        ReadAsync(context.Settings.Values.GetValueOrDefault("includes_dir") as string ?? "_includes", isLayout: false, ct);

    private async Task<IReadOnlyDictionary<string, TemplateFile>> ReadAsync(string folderName, bool isLayout, CancellationToken ct)
    {
        var result = new Dictionary<string, TemplateFile>(StringComparer.Ordinal);
        await AddFolderAsync(Path.Combine(context.Settings.Source, folderName), folderName, isLayout, new SourceLinks(context.Settings.Source), result, ct);
        if (context.Settings.Theme is { } theme)
        {
            string themeFolder = Path.Combine(theme, folderName);
            // Theme files are named by their path from the source (e.g. ../theme/_layouts/post.html) so errors are unambiguous;
            // a theme gem far away (/usr/share/rubygems-integration/...) by its absolute path, which reads better.
            var relative = Path.GetRelativePath(context.Settings.Source, themeFolder).Replace('\\', '/');
            await AddFolderAsync(themeFolder, relative.StartsWith("../../", StringComparison.Ordinal) ? themeFolder : relative, isLayout, new SourceLinks(theme), result, ct);
        }
        return result;
    }

    private async Task AddFolderAsync(string folder, string displayFolder, bool isLayout, SourceLinks links, Dictionary<string, TemplateFile> into, CancellationToken ct)
    {
        var files = links.Files(folder, displayFolder, recursive: true, context.Errors)
            .Where(f => !f.Inside.Split('/').Any(EntryFilter.IsSpecial) && !f.Inside.EndsWith('~'));
        foreach (var (full, inside) in files)
        {
            string name = isLayout ? LayoutName(inside) : inside;
            if (name.Length == 0 || into.ContainsKey(name)) continue;
            string relative = displayFolder + "/" + inside;
            string text = await File.ReadAllTextAsync(full, ct);
            if (!isLayout)
            {
                into[name] = new TemplateFile(name, relative, full, DefaultsMatcher.Empty, text, 1);
                continue;
            }
            var parsed = ParsedFile.Parse(relative, text, context.Yaml, context.Errors);
            if (parsed is not null)
                into[name] = new TemplateFile(name, relative, full, parsed.FrontMatter, parsed.Body, parsed.BodyLine);
        }
    }

    // Jekyll names a layout by its path without the last extension: "post.html" → "post", "blog/post.html" → "blog/post".
    private static string LayoutName(string inside)
    {
        string name = inside[(inside.LastIndexOf('/') + 1)..];
        int dot = name.LastIndexOf('.');
        return dot <= 0 ? "" : inside[..^(name.Length - dot)];
    }
}
