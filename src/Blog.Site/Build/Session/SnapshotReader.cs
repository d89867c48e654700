using System.Security.Cryptography;
using Blog.Site.Build.Incremental;
using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Content.Plugins;
using Blog.Site.Content.Data;
using Blog.Site.Content.Discovery;
using Blog.Site.Content.Templates;
using Blog.Site.Diagnostics;

namespace Blog.Site.Build.Session;

/// <summary>
/// The site's reader: reads a site into a <see cref="SourceSnapshot"/> with <see cref="SiteReader"/>'s steps (a clean
/// build is a snapshot read whole, never updated), and brings a snapshot up to date from the paths a watcher saw
/// change: only those files are read again, and one whose bytes hash as before changes nothing. A created, deleted
/// or renamed file makes discovery walk the folders again (cheap: names only), so the exclude rules and the theme's
/// overrides decide as in a clean read; a config file makes it read everything.
/// </summary>
internal static class SnapshotReader
{
    /// <summary>The whole site; a broken config fails at once.</summary>
    /// <param name="forUpdates">
    /// Whether the snapshot will be brought up to date (a session's): only then is every file hashed, which a clean
    /// build, reading once, does not pay for. A snapshot read without hashes must not be updated.
    /// </param>
    public static async Task<SourceSnapshot> ReadAllAsync(BuildOptions options, CancellationToken ct, bool forUpdates = true)
    {
        var settingsErrors = new ErrorCollector();
        var settings = ConfigLoader.Load(options, settingsErrors);
        settingsErrors.ThrowIfAny();
        return await ReadAllAsync(options, settings, Problems(settingsErrors), ct, forUpdates);
    }

    /// <summary>The whole site, with its settings loaded already (their problems given, to be kept with the snapshot).</summary>
    public static async Task<SourceSnapshot> ReadAllAsync(BuildOptions options, SiteSettings settings, IReadOnlyList<BuildError> settingsProblems,
        CancellationToken ct, bool forUpdates = true)
    {
        var contextErrors = new ErrorCollector();
        var context = new ReadContext(settings, contextErrors);
        var templates = ReadTemplatesAsync(context, ct);
        var data = ReadDataAsync(context, ct);
        var walkErrors = new ErrorCollector();
        var entries = SiteReader.Entries(settings, walkErrors);
        var files = new ReadFile[entries.Count];
        await Task.Run(() => Parallel.For(0, entries.Count, Parallelism(ct), i => files[i] = Read(context, entries[i], forUpdates)), ct);
        var (readTemplates, readData) = (await templates, await data);
        var snapshot = Assemble(options, settings, context, [.. settingsProblems, .. Problems(contextErrors)], Problems(walkErrors),
            files.ToDictionary(f => f.Entry.FullPath, StringComparer.Ordinal), readTemplates, readData);
        // A site's Ruby plugins read the whole site, so any change reads it whole again (see UpdateAsync).
        var pluginErrors = new ErrorCollector();
        var content = await RubyPluginPages.AddAsync(snapshot.Content, pluginErrors, ct);
        // A plugin that failed added no pages, and its error must still fail the build.
        return ReferenceEquals(content, snapshot.Content) && !pluginErrors.HasErrors && pluginErrors.Warnings.Count == 0
            ? snapshot
            : snapshot with { Content = content, ContentProblems = [.. snapshot.ContentProblems, .. Problems(pluginErrors)] };
    }

    /// <summary>The snapshot after <paramref name="changes"/> (absolute paths); the same instance when nothing changed.</summary>
    public static async Task<SourceSnapshot> UpdateAsync(SourceSnapshot snapshot, IReadOnlyCollection<string> changes, CancellationToken ct)
    {
        var settings = snapshot.Settings;
        var folders = new SpecialFolders(settings, snapshot.Options);
        var paths = changes.Select(p => Path.TrimEndingDirectorySeparator(Path.GetFullPath(p))).ToHashSet(StringComparer.Ordinal);
        // A config file, or a root: the watcher's queue overflowed and which files changed is unknown.
        if (paths.Any(p => folders.IsConfig(p) || folders.IsRoot(p))) return await ReadAllAsync(snapshot.Options, ct);
        // The pages of a site's Ruby plugins may follow from any file: they are generated again from a whole read.
        if (RubyPluginPages.PluginFiles(settings).Count > 0) return await ReadAllAsync(snapshot.Options, ct);

        bool templatesChanged = false, dataChanged = false, walk = false;
        var reread = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (folders.IsTemplate(path)) templatesChanged = true;
            else if (folders.IsData(path)) dataChanged = true;
            else if (snapshot.Files.ContainsKey(path))
            {
                if (File.Exists(path)) reread.Add(path);
                else walk = true;
            }
            // A new file or folder, or a folder that went away with files in it; a vanished temporary file is nothing.
            else if (File.Exists(path) || HasFilesBelow(snapshot, path) != Directory.Exists(path)) walk = true;
        }

        var files = new Dictionary<string, ReadFile>(snapshot.Files, StringComparer.Ordinal);
        var changed = false;
        var toRead = new List<SourceEntry>();
        var walkProblems = snapshot.WalkProblems;
        if (walk)
        {
            var found = new HashSet<string>(StringComparer.Ordinal);
            var walkErrors = new ErrorCollector();
            var entries = SiteReader.Entries(settings, walkErrors);
            // What the walk refuses (a link out of the source) is the walk's to report, as in a clean read.
            if (!Problems(walkErrors).SequenceEqual(walkProblems)) (walkProblems, changed) = (Problems(walkErrors), true);
            foreach (var entry in entries)
            {
                found.Add(entry.FullPath);
                if (!files.TryGetValue(entry.FullPath, out var known) || !SameEntry(known.Entry, entry) || reread.Contains(entry.FullPath))
                    toRead.Add(entry);
            }
            foreach (var gone in files.Keys.Where(k => !found.Contains(k)).ToList())
            {
                files.Remove(gone);
                changed = true;
            }
        }
        else
            toRead.AddRange(reread.Select(p => files[p].Entry));

        var read = new ReadFile?[toRead.Count];
        await Task.Run(() => Parallel.For(0, toRead.Count, Parallelism(ct), i =>
        {
            var entry = toRead[i];
            // Same bytes, same place: what the file gave last time stands (an editor's save without changes).
            read[i] = files.TryGetValue(entry.FullPath, out var known) && SameEntry(known.Entry, entry) && known.Hash == HashOf(entry.FullPath)
                      && (known.FileTime is null || known.FileTime == LastWrite(entry.FullPath))
                ? null
                : Read(snapshot.Context, entry, hash: true);
        }), ct);
        var replaced = new Replacements<object>();
        var inPlace = !walk;
        foreach (var file in read.OfType<ReadFile>())
        {
            if (inPlace && snapshot.Files.GetValueOrDefault(file.Entry.FullPath)?.Item is { } before && file.Item is { } after && SamePlace(before, after))
                replaced.Add(before, after);
            else inPlace = false;
            files[file.Entry.FullPath] = file;
            changed = true;
        }

        var templates = snapshot.Templates;
        if (templatesChanged && await ReadTemplatesAsync(snapshot.Context, ct) is var newTemplates && !Same(templates, newTemplates))
            (templates, changed) = (newTemplates, true);
        var data = snapshot.Data;
        if (dataChanged && await ReadDataAsync(snapshot.Context, ct) is var newData && !Same(data, newData))
            (data, changed) = (newData, true);

        if (!changed) return snapshot;
        if (!inPlace) return Assemble(snapshot.Options, settings, snapshot.Context, snapshot.SettingsProblems, walkProblems, files, templates, data);
        // Only contents changed: the lists keep their order, and no output path moved.
        T Replace<T>(T item) where T : class => (T)replaced.Current(item);
        var content = snapshot.Content with
        {
            Posts = snapshot.Content.Posts.Select(Replace).ToList(),
            Pages = snapshot.Content.Pages.Select(Replace).ToList(),
            StaticFiles = snapshot.Content.StaticFiles.Select(Replace).ToList(),
            Data = data.Values,
            Layouts = templates.Layouts,
            Includes = templates.Includes,
        };
        var onlyDocuments = ReferenceEquals(templates, snapshot.Templates) && ReferenceEquals(data, snapshot.Data) && replaced.Keys.All(k => k is Document);
        return snapshot with
        {
            WalkProblems = walkProblems, Files = files, Templates = templates, Data = data, Content = content,
            EditedDocuments = onlyDocuments ? new Replacements<Document>(replaced.Select(r => KeyValuePair.Create((Document)r.Key, (Document)r.Value))) : null,
        };
    }

    /// <summary>
    /// True when the new version of a file sorts where the old one did and writes the same output. A custom collection's
    /// items never do: the collection's own lists (sorted by any front matter key) must be assembled again.
    /// </summary>
    private static bool SamePlace(object before, object after) => (before, after) switch
    {
        (Document { Collection: not null }, _) or (_, Document { Collection: not null }) => false,
        (StaticFile { Collection: not null }, _) or (_, StaticFile { Collection: not null }) => false,
        (Document a, Document b) => a.Kind == b.Kind && a.Date == b.Date && a.FullPath == b.FullPath && a.RelativePath == b.RelativePath && a.OutputPath == b.OutputPath,
        (StaticFile a, StaticFile b) => a.RelativePath == b.RelativePath && a.OutputPath == b.OutputPath,
        _ => false,
    };

    private static SourceSnapshot Assemble(BuildOptions options, SiteSettings settings, ReadContext context, IReadOnlyList<BuildError> settingsProblems,
        IReadOnlyList<BuildError> walkProblems, IReadOnlyDictionary<string, ReadFile> files, TemplateSet templates, DataSet data)
    {
        var errors = new ErrorCollector();
        var content = SiteReader.Assemble(settings, files.Values.Select(f => f.Item).OfType<Document>(),
            files.Values.Select(f => f.Item).OfType<StaticFile>(), data.Values, templates.Layouts, templates.Includes, errors);
        return new SourceSnapshot(options, settings, context, settingsProblems, walkProblems, files, templates, data, content, Problems(errors));
    }

    /// <param name="hash">Whether to hash the file's bytes (else its hash is empty: it is never compared).</param>
    private static ReadFile Read(ReadContext context, SourceEntry entry, bool hash)
    {
        var errors = new ErrorCollector();
        var sha = hash ? HashOf(entry.FullPath) : "";
        var item = new EntryReader(context.WithErrors(errors)).Read(entry);
        // A static file's time is its modified_time (and its sitemap lastmod), a draft's its date when it gives none.
        var fileTime = item is StaticFile || entry.Kind == SourceKind.Draft ? LastWrite(entry.FullPath) : (DateTime?)null;
        return new ReadFile(entry, sha, item, Problems(errors), fileTime);
    }

    private static async Task<TemplateSet> ReadTemplatesAsync(ReadContext context, CancellationToken ct)
    {
        var errors = new ErrorCollector();
        var reader = new TemplateReader(context.WithErrors(errors));
        var layouts = await reader.ReadLayoutsAsync(ct);
        var includes = await reader.ReadIncludesAsync(ct);
        return new TemplateSet(layouts, includes, Problems(errors));
    }

    private static async Task<DataSet> ReadDataAsync(ReadContext context, CancellationToken ct)
    {
        var errors = new ErrorCollector();
        var data = await new DataReader(context.WithErrors(errors)).ReadAsync(ct);
        return new DataSet(data, Problems(errors));
    }

    private static bool Same(TemplateSet a, TemplateSet b) =>
        ContentHash.Of(a.Layouts.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value), a.Includes.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value), a.Problems.Select(p => p.ToString()))
        == ContentHash.Of(b.Layouts.OrderBy(l => l.Key, StringComparer.Ordinal).Select(l => l.Value), b.Includes.OrderBy(i => i.Key, StringComparer.Ordinal).Select(i => i.Value), b.Problems.Select(p => p.ToString()));

    private static bool Same(DataSet a, DataSet b) =>
        ContentHash.Of(a.Values, a.Problems.Select(p => p.ToString())) == ContentHash.Of(b.Values, b.Problems.Select(p => p.ToString()));

    private static bool SameEntry(SourceEntry a, SourceEntry b) =>
        a.RelativePath == b.RelativePath && a.Kind == b.Kind && a.FromTheme == b.FromTheme && a.PathInFolder == b.PathInFolder
        && a.FolderCategories.SequenceEqual(b.FolderCategories);

    private static bool HasFilesBelow(SourceSnapshot snapshot, string folder)
    {
        var prefix = folder + Path.DirectorySeparatorChar;
        return snapshot.Files.Keys.Any(k => k.StartsWith(prefix, StringComparison.Ordinal));
    }

    private static string HashOf(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            return Convert.ToHexString(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return ""; // the read that follows reports it
        }
    }

    private static DateTime LastWrite(string path) => File.GetLastWriteTimeUtc(path);

    private static IReadOnlyList<BuildError> Problems(ErrorCollector errors) => [.. errors.Errors, .. errors.Warnings];

    private static ParallelOptions Parallelism(CancellationToken ct) =>
        new() { CancellationToken = ct, MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>Where the config files, layouts, includes and data of the site and its theme are.</summary>
    private sealed class SpecialFolders(SiteSettings settings, BuildOptions options)
    {
        private readonly HashSet<string> _configFiles = ConfigFiles(settings, options);
        private readonly string[] _templates = Folders(settings, "layouts_dir", "_layouts").Concat(Folders(settings, "includes_dir", "_includes")).ToArray();
        private readonly string[] _data = Folders(settings, "data_dir", "_data").ToArray();

        public bool IsConfig(string path) => _configFiles.Contains(path);
        public bool IsRoot(string path) => path == Root(settings.Source) || (settings.Theme is { } theme && path == Root(theme));

        private static string Root(string folder) => Path.TrimEndingDirectorySeparator(Path.GetFullPath(folder));
        public bool IsTemplate(string path) => _templates.Any(f => IsAtOrBelow(path, f));
        public bool IsData(string path) => _data.Any(f => IsAtOrBelow(path, f));

        private static bool IsAtOrBelow(string path, string folder) =>
            path == folder || path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);

        private static IEnumerable<string> Folders(SiteSettings settings, string key, string fallback)
        {
            var name = settings.Values.GetValueOrDefault(key) as string ?? fallback;
            yield return Path.GetFullPath(Path.Combine(settings.Source, name));
            if (settings.Theme is { } theme) yield return Path.GetFullPath(Path.Combine(theme, name));
        }

        private static HashSet<string> ConfigFiles(SiteSettings settings, BuildOptions options)
        {
            var files = ConfigFile.For(options).Select(f => Path.GetFullPath(f.FullPath)).ToHashSet(StringComparer.Ordinal);
            foreach (var root in new[] { settings.Source, settings.Theme }.OfType<string>())
                foreach (var name in new[] { "_config.yml", "_config.yaml", "_config.toml" })
                    files.Add(Path.GetFullPath(Path.Combine(root, name)));
            return files;
        }
    }
}
