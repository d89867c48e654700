using System.Text.RegularExpressions;
using Blog.Site.Config.Yaml;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content.Data;

/// <summary>
/// <c>site.data</c> (Jekyll's <c>DataReader</c>): every <c>.yml</c>/<c>.yaml</c>/<c>.json</c> file in <c>_data</c> under
/// its name, sub-folders as nested mappings; the theme's data under the site's (the site wins key by key).
/// JSON goes through the YAML reader as in Jekyll, which also gives its errors a line and column.
/// </summary>
public sealed partial class DataReader(ReadContext context)
{
    private static readonly string[] Extensions = [".yml", ".yaml", ".json"];

    public async Task<IReadOnlyDictionary<string, object?>> ReadAsync(CancellationToken ct)
    {
        string folderName = context.Settings.Values.GetValueOrDefault("data_dir") as string ?? "_data";
        var site = await ReadFolderAsync(Path.Combine(context.Settings.Source, folderName), folderName, ct);
        if (context.Settings.Theme is not { } theme) return site;
        var themeData = await ReadFolderAsync(Path.Combine(theme, folderName), folderName, ct);
        return themeData.Count == 0 ? site : ValueMerge.Deep(themeData, site);
    }

    private async Task<Dictionary<string, object?>> ReadFolderAsync(string folder, string displayFolder, CancellationToken ct)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (!Directory.Exists(folder)) return data;

        var files = Directory.EnumerateFiles(folder)
            .Where(f => !Path.GetFileName(f).StartsWith('.') && Extensions.Contains(Path.GetExtension(f).ToLowerInvariant()))
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            string display = displayFolder + "/" + Path.GetFileName(file);
            var document = context.Yaml.Read(await File.ReadAllTextAsync(file, ct));
            if (document.Problem is { } p)
                context.Errors.Error(new SourcePosition(display, p.Line, p.Column), p.Message);
            else
                data[KeyFor(Path.GetFileNameWithoutExtension(file))] = document.Value;
        }

        var folders = Directory.EnumerateDirectories(folder).Where(d => !Path.GetFileName(d).StartsWith('.')).Order(StringComparer.Ordinal);
        foreach (var sub in folders)
            data[KeyFor(Path.GetFileName(sub))] = await ReadFolderAsync(sub, displayFolder + "/" + Path.GetFileName(sub), ct);
        return data;
    }

    // Jekyll's sanitize_filename: drop characters other than word characters, spaces and hyphens; spaces become '_'.
    private static string KeyFor(string name) => Spaces().Replace(Unwanted().Replace(name.Trim(), ""), "_");

    [GeneratedRegex(@"[^A-Za-z0-9_\s-]+")]
    private static partial Regex Unwanted();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
