using Blog.Site.Config.Yaml;
using Blog.Site.Diagnostics;

namespace Blog.Site.Config;

/// <summary>
/// The config files read in order and merged onto Jekyll's defaults (later files win), remembering for each
/// top-level key the file and line that set it last, so a wrong value is reported where it was written.
/// </summary>
internal sealed class MergedConfig
{
    private readonly Dictionary<string, SourcePosition> _positions = new(StringComparer.Ordinal);

    public Dictionary<string, object?> Values { get; private set; } = JekyllConfigDefaults.Create();

    public SourcePosition PositionOf(string key, string fallbackPath) =>
        _positions.TryGetValue(key, out var at) ? at : new SourcePosition(fallbackPath);

    /// <summary>Reads and merges <paramref name="files"/>; a missing required file or bad YAML is reported and skipped.</summary>
    public static MergedConfig Read(IReadOnlyList<ConfigFile> files, YamlReader yaml, ErrorCollector errors)
    {
        var merged = new MergedConfig();
        foreach (var file in files)
        {
            if (!File.Exists(file.FullPath))
            {
                if (file.Required) errors.Error(new SourcePosition(file.DisplayPath), "config file not found");
                continue;
            }
            var document = yaml.Read(File.ReadAllText(file.FullPath));
            if (document.Problem is { } p)
            {
                errors.Error(new SourcePosition(file.DisplayPath, p.Line, p.Column), p.Message);
                continue;
            }
            if (document.Value is null) continue;
            if (document.Mapping is not { } mapping)
            {
                errors.Error(new SourcePosition(file.DisplayPath, 1, 1), "a config file must be a mapping of keys to values");
                continue;
            }
            merged.Values = ValueMerge.Deep(merged.Values, mapping);
            foreach (var (key, line) in document.KeyLines)
                merged._positions[key] = new SourcePosition(file.DisplayPath, line, 1);
        }
        return merged;
    }
}

/// <summary>One config file to read: where it is, how errors name it, and whether its absence is an error.</summary>
internal sealed record ConfigFile(string FullPath, string DisplayPath, bool Required)
{
    /// <summary>The site's own config files in merge order: the files given with <c>--config</c>, else the source's <c>_config.yml</c>/<c>.yaml</c>.</summary>
    public static IReadOnlyList<ConfigFile> For(BuildOptions options)
    {
        var files = new List<ConfigFile>();
        if (options.ConfigFiles.Count > 0)
        {
            foreach (var given in options.ConfigFiles.SelectMany(f => f.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)))
                files.Add(new ConfigFile(Path.GetFullPath(given), Display(given, options.Source), true));
            return files;
        }

        string yml = Path.Combine(options.Source, "_config.yml");
        string yaml = Path.Combine(options.Source, "_config.yaml");
        string chosen = !File.Exists(yml) && File.Exists(yaml) ? yaml : yml;
        files.Add(new ConfigFile(chosen, Path.GetFileName(chosen), false));
        return files;
    }

    /// <summary>The theme's <c>_config.yml</c> before the site's files, as Jekyll merges a theme's config under the site's.</summary>
    public static IReadOnlyList<ConfigFile> WithTheme(IReadOnlyList<ConfigFile> siteFiles, string? theme, string source)
    {
        if (theme is null || !File.Exists(Path.Combine(theme, "_config.yml"))) return siteFiles;
        string file = Path.Combine(theme, "_config.yml");
        return [new ConfigFile(file, Display(file, source), false), .. siteFiles];
    }

    private static string Display(string path, string source)
    {
        string full = Path.GetFullPath(path);
        string root = Path.GetFullPath(source);
        string relative = Path.GetRelativePath(root, full);
        return relative.StartsWith("..", StringComparison.Ordinal) ? path : relative.Replace('\\', '/');
    }
}
