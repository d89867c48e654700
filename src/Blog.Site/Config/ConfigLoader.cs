using System.Globalization;
using Blog.Site.Config.Yaml;
using Blog.Site.Diagnostics;

namespace Blog.Site.Config;

/// <summary>
/// The first stage: merges Jekyll's defaults, the theme's and the site's config files (later <c>--config</c>
/// files win) and the command line into one immutable <see cref="SiteSettings"/>. Problems go to the
/// <see cref="ErrorCollector"/> as <c>path:line:col: message</c>; what can still be used is used.
/// </summary>
public static class ConfigLoader
{
    public static SiteSettings Load(BuildOptions options, ErrorCollector errors) =>
        Load(options, errors, Environment.GetEnvironmentVariable, TimeProvider.System);

    internal static SiteSettings Load(BuildOptions options, ErrorCollector errors, Func<string, string?> environment, TimeProvider clock)
    {
        using var read = SiteTrace.Start(SiteTrace.ConfigRead, Path.GetFullPath(options.Source));
        var siteFiles = ConfigFile.For(options);
        var config = MergedConfig.Read(siteFiles, new YamlReader(TimeZoneInfo.Utc), errors);
        string mainFile = siteFiles[^1].DisplayPath;
        SourcePosition At(string key) => config.PositionOf(key, mainFile);

        // The theme is named in the site's own config, and its config goes under the site's: so it is read second.
        var theme = ThemeLocator.Find(options, config.Values, At, environment, errors);
        var files = ConfigFile.WithTheme(siteFiles, theme?.Folder, options.Source);
        if (files.Count > siteFiles.Count)
        {
            MergedConfig.Read([files[0]], new YamlReader(TimeZoneInfo.Utc), errors); // the theme's own mistakes, once
            config = MergedConfig.Read(files, new YamlReader(TimeZoneInfo.Utc), new ErrorCollector());
        }

        var zone = ReadTimeZone(config.Values.GetValueOrDefault("timezone"), At("timezone"), errors);
        if (!zone.Equals(TimeZoneInfo.Utc))
        {
            // YAML dates mean midnight in the site's zone, which is only known now: read the (small) files again.
            config = MergedConfig.Read(files, new YamlReader(zone), new ErrorCollector());
        }
        var values = config.Values;

        CheckDestination(options, theme?.Folder, errors);
        int paginate = ReadPaginate(values.GetValueOrDefault("paginate"), At("paginate"), errors);
        var exclude = ReadList(values, "exclude", At("exclude"), errors);
        var allExcludes = exclude.Concat(JekyllConfigDefaults.Excludes).Distinct(StringComparer.Ordinal).ToList();
        values["exclude"] = allExcludes.Cast<object?>().ToList();
        var include = ReadList(values, "include", At("include"), errors);

        bool drafts = options.Drafts || IsTrue(values.GetValueOrDefault("show_drafts"));
        bool future = options.Future || IsTrue(values.GetValueOrDefault("future"));
        bool unpublished = options.Unpublished || IsTrue(values.GetValueOrDefault("unpublished"));
        foreach (var (key, fallback) in FolderKeys)
            values[key] = ReadFolder(values.GetValueOrDefault(key), key, fallback, Path.GetFullPath(options.Source), At(key), errors);
        var collections = CollectionsReader.Read(values.GetValueOrDefault("collections"), At("collections"), errors);
        string collectionsDir = ReadCollectionsDir(values.GetValueOrDefault("collections_dir"), Path.GetFullPath(options.Source), At("collections_dir"), errors);
        values["collections_dir"] = collectionsDir;
        values["source"] = Path.GetFullPath(options.Source);
        values["destination"] = Path.GetFullPath(options.Destination);
        values["show_drafts"] = drafts;
        values["future"] = future;
        values["unpublished"] = unpublished;
        // Written back like show_drafts, so a page's fingerprint (made of the config) changes with it.
        bool minify = options.Minify ?? ReadSwitch(values.GetValueOrDefault("minify"), "minify", At("minify"), errors);
        values["minify"] = minify;

        return new SiteSettings
        {
            Source = Path.GetFullPath(options.Source),
            Destination = Path.GetFullPath(options.Destination),
            Theme = theme?.Folder,
            ConfigFiles = siteFiles.Select(f => f.FullPath).Where(File.Exists).ToList(),
            Plugins = ReadPlugins(values, theme?.Plugins ?? []),
            Minify = minify,
            ExternalLinks = ExternalLinkSettings.Read(values.GetValueOrDefault("external_links"), At("external_links"), errors)
                with { Check = options.CheckExternal, Strict = options.Strict },
            LinkCheck = ReadLinkCheck(values.GetValueOrDefault("check_links"), At("check_links"), errors),
            Search = SearchSettings.Read(values.GetValueOrDefault("search_index"), At("search_index"), errors),
            Title = Text(values.GetValueOrDefault("title")),
            Description = Text(values.GetValueOrDefault("description")),
            Url = SiteUrl.Url(values.GetValueOrDefault("url")),
            FilterUrl = SiteUrl.FilterUrl(values.GetValueOrDefault("url")),
            BaseUrl = SiteUrl.BaseUrl(values.GetValueOrDefault("baseurl")),
            FilterBaseUrl = SiteUrl.FilterBaseUrl(values.GetValueOrDefault("baseurl")),
            Permalink = ReadPermalink(values.GetValueOrDefault("permalink"), At("permalink"), errors),
            TimeZone = zone,
            ExcerptSeparator = Text(values.GetValueOrDefault("excerpt_separator")),
            Paginate = paginate,
            PaginatePath = ReadPaginatePath(values.GetValueOrDefault("paginate_path"), paginate, At("paginate_path"), errors),
            Exclude = allExcludes,
            Include = include,
            Collections = collections.Collections,
            CollectionsDir = collectionsDir,
            PostsPermalink = collections.PostsPermalink,
            Defaults = FrontMatterDefaultsReader.Read(values.GetValueOrDefault("defaults"), At("defaults"), errors),
            Time = SiteTimeResolver.Resolve(values.GetValueOrDefault("time"), At("time"), zone, environment, clock, errors),
            Drafts = drafts,
            Future = future,
            Unpublished = unpublished,
            Values = values,
        };
    }

    private static TimeZoneInfo ReadTimeZone(object? value, SourcePosition at, ErrorCollector errors)
    {
        if (value is null || (value is string s && s.Length == 0)) return TimeZoneInfo.Utc;
        string id = Text(value);
        if (id is "UTC" or "Etc/UTC") return TimeZoneInfo.Utc;
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(id);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            errors.Error(at, $"unknown timezone '{id}': use an IANA name such as Europe/Berlin");
            return TimeZoneInfo.Utc;
        }
    }

    private static List<string> ReadList(IReadOnlyDictionary<string, object?> values, string key, SourcePosition at, ErrorCollector errors)
    {
        switch (values.GetValueOrDefault(key))
        {
            case null:
                return [];
            case IReadOnlyList<object?> list:
                return list.Where(v => v is not null).Select(Text).ToList();
            case var other:
                errors.Error(at, $"'{key}' should be set as a list, but was: {Text(other)}");
                return [];
        }
    }

    /// <summary>
    /// A build replaces its destination folder whole, so a destination that is or contains the source (or the theme)
    /// would delete it: refused, as Jekyll refuses it. A destination inside the source is fine (it is not read).
    /// </summary>
    private static void CheckDestination(BuildOptions options, string? theme, ErrorCollector errors)
    {
        string destination = Path.TrimEndingDirectorySeparator(Path.GetFullPath(options.Destination));
        var at = new SourcePosition(destination);
        if (Path.GetDirectoryName(destination) is null)
            errors.Error(at, "the destination cannot be a file system root: it is replaced whole by every build");
        else if (File.Exists(destination))
            errors.Error(at, "the destination is a file, not a folder");
        foreach (var (folder, name) in new[] { (options.Source, "source"), (theme, "theme") })
        {
            if (folder is null) continue;
            string full = Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
            if (full == destination || full.StartsWith(destination + Path.DirectorySeparatorChar, StringComparison.Ordinal))
                errors.Error(at, $"the destination cannot be or contain the {name} folder {full}: the build replaces it whole");
        }
    }

    /// <summary>The folders of the source a config may rename; they must stay inside the source.</summary>
    private static readonly (string Key, string Default)[] FolderKeys =
        [("data_dir", "_data"), ("layouts_dir", "_layouts"), ("includes_dir", "_includes")];

    /// <summary>Jekyll's <c>collections_dir</c>: empty (the source itself) or a folder inside the source, without slashes around it.</summary>
    private static string ReadCollectionsDir(object? value, string source, SourcePosition at, ErrorCollector errors)
    {
        if (value is null || value is "") return "";
        string folder = ReadFolder(value, "collections_dir", "", source, at, errors);
        return folder.Replace('\\', '/').Trim('/');
    }

    private static string ReadFolder(object? value, string key, string fallback, string source, SourcePosition at, ErrorCollector errors)
    {
        if (value is null) return fallback;
        string folder = Text(value);
        if (folder.Length > 0 && !folder.Contains('\0') && !Path.IsPathRooted(folder) &&
            Path.GetFullPath(Path.Combine(source, folder)).StartsWith(Path.TrimEndingDirectorySeparator(source) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            return folder;
        errors.Error(at, $"'{key}' must be a folder inside the source folder, not '{folder.Replace("\0", "\\0")}'");
        return fallback;
    }

    private static string ReadPermalink(object? value, SourcePosition at, ErrorCollector errors)
    {
        switch (value)
        {
            case null:
                return "date";
            case string s when s.Length > 0:
                return s;
            default:
                errors.Error(at, "'permalink' should be a style (date, pretty, ordinal, weekdate, none) or a template such as /:categories/:title/");
                return "date";
        }
    }

    private static int ReadPaginate(object? value, SourcePosition at, ErrorCollector errors)
    {
        switch (value)
        {
            case null or false:
                return 0;
            case long n when n is >= 0 and <= int.MaxValue:
                return (int)n;
            default:
                errors.Error(at, $"'paginate' should be a number of posts per page, but was: {Text(value)}");
                return 0;
        }
    }

    /// <summary>Checked only when pagination is on, as jekyll-paginate checks it.</summary>
    private static string ReadPaginatePath(object? value, int paginate, SourcePosition at, ErrorCollector errors)
    {
        if (value is string path && path.Contains(":num", StringComparison.Ordinal)) return path;
        if (paginate > 0) errors.Error(at, $"'paginate_path' should be a path with ':num' in it, such as /page:num/, but was: {Text(value)}");
        return "/page:num";
    }

    /// <summary>
    /// The plugins the site lists under <c>plugins:</c> (Jekyll 4.3 no longer reads Jekyll 3's <c>gems:</c>), and those its
    /// theme gem depends on. The generator has its
    /// own implementation of each plugin it knows; like Jekyll it runs one only when the site asks for it.
    /// </summary>
    private static IReadOnlySet<string> ReadPlugins(IReadOnlyDictionary<string, object?> values, IReadOnlyList<string> themePlugins) =>
        (values.GetValueOrDefault("plugins") as IReadOnlyList<object?> ?? [])
            .Select(Text).Where(name => name.Length > 0)
            .Concat(themePlugins)
            .ToHashSet(StringComparer.Ordinal);

    private static LinkCheck ReadLinkCheck(object? value, SourcePosition at, ErrorCollector errors)
    {
        switch (value)
        {
            case null or true or "error": return LinkCheck.Error;
            case "warning" or "warn": return LinkCheck.Warning;
            case false or "off": return LinkCheck.Off;
            default:
                errors.Error(at, $"'check_links' should be error (the default), warning or off, but was: {Text(value)}");
                return LinkCheck.Error;
        }
    }

    private static bool IsTrue(object? value) => value is true;

    /// <summary>An on/off setting: absent is off; anything but true or false is a mistake worth naming.</summary>
    private static bool ReadSwitch(object? value, string key, SourcePosition at, ErrorCollector errors)
    {
        if (value is null or bool) return value is true;
        errors.Error(at, $"'{key}' should be true or false, but was: {Text(value)}");
        return false;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
