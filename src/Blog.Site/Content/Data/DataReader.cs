using System.Text.RegularExpressions;
using Blog.Site.Config.Yaml;
using Blog.Site.Content.Discovery;
using Blog.Site.Diagnostics;

namespace Blog.Site.Content.Data;

/// <summary>
/// <c>site.data</c> (Jekyll's <c>DataReader</c>): every <c>.yml</c>/<c>.yaml</c>/<c>.json</c> file in <c>_data</c> under
/// its name, sub-folders as nested mappings; the theme's data under the site's (the site wins key by key).
/// JSON goes through the YAML reader as in Jekyll, which also gives its errors a line and column; <c>.csv</c> and
/// <c>.tsv</c> files are lists of rows (<see cref="DelimitedData"/>), with the <c>headers</c> setting of
/// <c>csv_reader</c>/<c>tsv_reader</c>.
/// </summary>
public sealed partial class DataReader(ReadContext context)
{
    private static readonly string[] Extensions = [".yml", ".yaml", ".json", ".csv", ".tsv"];

    public async Task<IReadOnlyDictionary<string, object?>> ReadAsync(CancellationToken ct)
    {
        string folderName = context.Settings.Values.GetValueOrDefault("data_dir") as string ?? "_data";
        var site = await ReadFolderAsync(Path.Combine(context.Settings.Source, folderName), folderName, new SourceLinks(context.Settings.Source), ct);
        if (context.Settings.Theme is not { } theme) return site;
        var themeData = await ReadFolderAsync(Path.Combine(theme, folderName), folderName, new SourceLinks(theme), ct);
        return themeData.Count == 0 ? site : ValueMerge.Deep(themeData, site);
    }

    private async Task<Dictionary<string, object?>> ReadFolderAsync(string folder, string displayFolder, SourceLinks links, CancellationToken ct)
    {
        var data = new Dictionary<string, object?>(StringComparer.Ordinal);
        var files = links.Files(folder, displayFolder, recursive: false, context.Errors)
            .Where(f => !f.Inside.StartsWith('.') && Extensions.Contains(Path.GetExtension(f.Inside).ToLowerInvariant()));
        foreach (var (file, name) in files)
        {
            string display = displayFolder + "/" + name;
            var text = await File.ReadAllTextAsync(file, ct);
            var extension = Path.GetExtension(name).ToLowerInvariant();
            if (extension is ".csv" or ".tsv")
            {
                var rows = DelimitedData.Parse(text, extension == ".csv" ? ',' : '\t', Headers(extension), out var problem);
                if (problem is not null) context.Errors.Error(new SourcePosition(display, problem.Line, problem.Column), problem.Message);
                else data[KeyFor(Path.GetFileNameWithoutExtension(name))] = rows;
                continue;
            }
            var document = context.Yaml.Read(text);
            if (document.Problem is { } p)
                context.Errors.Error(new SourcePosition(display, p.Line, p.Column), p.Message);
            else
                data[KeyFor(Path.GetFileNameWithoutExtension(name))] = document.Value;
        }

        // Links among the folders were checked (and reported) by the listing above.
        IEnumerable<string> folders = Directory.Exists(folder)
            ? new DirectoryInfo(folder).EnumerateDirectories().Where(d => !d.Name.StartsWith('.') && links.Problem(d) is null)
                .Select(d => d.Name).Order(StringComparer.Ordinal)
            : [];
        foreach (var sub in folders)
            data[KeyFor(sub)] = await ReadFolderAsync(Path.Combine(folder, sub), displayFolder + "/" + sub, links, ct);
        return data;
    }

    /// <summary>Jekyll's <c>csv_reader: {headers: false}</c> (or <c>tsv_reader</c>) reads rows as lists; rows are mappings by default.</summary>
    private bool Headers(string extension) =>
        !(context.Settings.Values.GetValueOrDefault(extension == ".csv" ? "csv_reader" : "tsv_reader") is IReadOnlyDictionary<string, object?> reader
          && reader.GetValueOrDefault("headers") is false);

    // Jekyll's sanitize_filename: drop characters other than word characters, spaces and hyphens; spaces become '_'.
    private static string KeyFor(string name) => Spaces().Replace(Unwanted().Replace(name.Trim(), ""), "_");

    [GeneratedRegex(@"[^A-Za-z0-9_\s-]+")]
    private static partial Regex Unwanted();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
