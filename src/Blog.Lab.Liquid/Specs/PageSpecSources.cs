using System.Text.RegularExpressions;
using Blog.Lab.Specs;
using Blog.Site.Config;
using Blog.Site.Content.Discovery;
using Blog.Site.Content.FrontMatter;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;

namespace Blog.Lab.Liquid.Specs;

/// <summary>
/// Experiments declared in a page's or post's front matter (<c>lab:</c> with a list shaped like an
/// <c>_lab/*.yml</c> file). It lives in the seam, not in the lab, because finding pages is the site's job: the
/// files are the ones the site's own walker finds (its <c>exclude</c>/<c>include</c> rules, drafts included so
/// an author can measure a post before publishing it) and the front matter is cut with the site's
/// <see cref="FrontMatterText"/>, so the lab reads exactly the front matter the site reads. The YAML then goes,
/// unparsed, to the lab's <see cref="SpecLoader"/>, which keeps the file's line numbers. A build takes the pages from
/// the site's own read (<see cref="SiteRead"/>: no second parse of the config, no second walk); the lab's commands,
/// which build nothing, walk the source themselves.
/// </summary>
public static partial class PageSpecSources
{
    public const string FrontMatterKey = "lab";

    public static async Task<IReadOnlyList<SpecSource>> ReadAsync(string sourceDirectory, CancellationToken cancellationToken)
    {
        var entries = Walk(sourceDirectory);
        var found = new SpecSource?[entries.Count];
        await Parallel.ForAsync(0, entries.Count,
            new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
            async (i, ct) => found[i] = await ReadEntryAsync(sourceDirectory, entries[i], ct));
        return found.OfType<SpecSource>().ToList();
    }

    /// <summary>
    /// The experiments declared by the documents the site read: only the files whose front matter (with the config's
    /// defaults) has a <c>lab</c> key are read again, for the YAML's text and lines; in path order, so a duplicate id is
    /// reported at the same place whichever read found it.
    /// </summary>
    public static async Task<IReadOnlyList<SpecSource>> ReadAsync(SiteRead site, CancellationToken cancellationToken)
    {
        var declaring = site.Documents.Where(d => d.FullPath is not null && d.Data.ContainsKey(FrontMatterKey))
            .OrderBy(d => d.RelativePath, StringComparer.Ordinal).ToList();
        var found = new List<SpecSource>(declaring.Count);
        foreach (var document in declaring)
            if (YamlDeclaring(await File.ReadAllTextAsync(document.FullPath!, cancellationToken)) is { } yaml)
                found.Add(new SpecSource(document.FullPath!, yaml, FrontMatterKey));
        return found;
    }

    private static IReadOnlyList<SourceEntry> Walk(string sourceDirectory)
    {
        // A broken _config.yml or a link out of the source is the site build's to report; here it is enough to know
        // which files are in (the walker leaves refused entries out).
        var settings = ConfigLoader.Load(
            new BuildOptions { Source = sourceDirectory, Destination = Path.Combine(sourceDirectory, "_site") }, new ErrorCollector());
        var walker = new SourceWalker(settings with { Drafts = true }, new EntryFilter(settings.Exclude, settings.Include), new ErrorCollector());
        return walker.WalkSource();
    }

    private static async Task<SpecSource?> ReadEntryAsync(string sourceDirectory, SourceEntry entry, CancellationToken cancellationToken)
    {
        // Outside _posts and _drafts only a file that opens with "---" is a page; the rest (images...) are
        // copied as they are, and reading their first bytes is enough to know.
        if (entry.Kind == SourceKind.PageOrStatic && !await StartsWithFrontMatterAsync(entry.FullPath, cancellationToken)) return null;
        return YamlDeclaring(await File.ReadAllTextAsync(entry.FullPath, cancellationToken)) is { } yaml
            ? new SpecSource(Path.Combine(sourceDirectory, entry.RelativePath), yaml, FrontMatterKey)
            : null;
    }

    /// <summary>The front matter of <paramref name="text"/> when it declares experiments (a top-level <c>lab:</c> line, looked for before any YAML is parsed: most pages declare nothing).</summary>
    private static string? YamlDeclaring(string text) =>
        FrontMatterText.Split(text).Yaml is { } yaml && LabKeyLine().IsMatch(yaml) ? yaml : null;

    /// <summary>
    /// Whether the file at <paramref name="path"/> opens with front matter that has a top-level <c>lab:</c> key, as
    /// <see cref="ReadAsync"/> would find it (whether the site's walker reads the file is not asked): a <c>serve</c>
    /// session reads the specs again only when an edited page declares experiments, or did.
    /// </summary>
    public static async Task<bool> DeclaresAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            if (!File.Exists(path) || !await StartsWithFrontMatterAsync(path, cancellationToken)) return false;
            return YamlDeclaring(await File.ReadAllTextAsync(path, cancellationToken)) is not null;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false; // gone meanwhile: a page that declared experiments is known by its path
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true; // cannot tell: the specs are read again, and the walk reports what it cannot read
        }
    }

    private static async Task<bool> StartsWithFrontMatterAsync(string path, CancellationToken cancellationToken)
    {
        using var handle = File.OpenHandle(path, options: FileOptions.Asynchronous);
        var first = new byte[256];
        var read = await RandomAccess.ReadAsync(handle, first, 0, cancellationToken);
        return FrontMatterText.StartsWithHeader(first.AsSpan(0, read));
    }

    [GeneratedRegex("""^(lab|"lab"|'lab')[ \t]*:""", RegexOptions.Multiline)]
    private static partial Regex LabKeyLine();
}
