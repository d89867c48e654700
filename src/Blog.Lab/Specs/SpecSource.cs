namespace Blog.Lab.Specs;

/// <summary>
/// YAML that declares experiments: a whole file (<see cref="Key"/> null: the document is the list), or a mapping
/// whose <see cref="Key"/> holds the list (a page's front matter with <c>lab:</c>). The text keeps the lines of the
/// file it came from, so positions are the file's.
/// </summary>
public sealed record SpecSource(string Path, string Yaml, string? Key = null)
{
    /// <summary>Every <c>*.yml</c>/<c>*.yaml</c> file directly in <paramref name="directory"/> (not <c>results/</c>), in ordinal order.</summary>
    public static async Task<IReadOnlyList<SpecSource>> ReadDirectoryAsync(string directory, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(directory)) return [];
        var files = Directory.EnumerateFiles(directory, "*.yml").Concat(Directory.EnumerateFiles(directory, "*.yaml"))
            .Order(StringComparer.Ordinal).ToList();
        var sources = new List<SpecSource>();
        foreach (var file in files)
            sources.Add(new SpecSource(file, await File.ReadAllTextAsync(file, cancellationToken)));
        return sources;
    }
}
