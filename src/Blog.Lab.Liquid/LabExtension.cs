using Blog.Lab.Liquid.Downloads;
using Blog.Lab.Liquid.Values;
using Blog.Lab.Results;
using Blog.Lab.Specs;
using Blog.Site.Content;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Files;

namespace Blog.Lab.Liquid;

/// <summary>
/// The lab as a site extension: the <c>lab</c> global (<c>{{ lab.jvm_start.start_ms.median | ms }}</c>), the
/// formatting filters, and the <c>lab_summary</c>, <c>lab_table</c>, <c>lab_chart</c> and <c>lab_provenance</c> tags. It only
/// reads stored results (a normal build never needs Docker or QEMU). A page that uses a missing result fails
/// the build with the command that measures it; a stale one warns. Loaded from a source folder, it is a
/// <see cref="IWatchedExtension"/>: <c>serve</c> hands it the changed paths, and it reads its specs or results again
/// when they changed (<c>lab run</c> in another terminal, an edited spec), each page recording which experiments it read.
/// It is an <see cref="IOutputExtension"/> too: each stored result is published for readers (<see cref="LabDownloads"/>).
/// </summary>
public sealed class LabExtension : IWatchedExtension, IOutputExtension
{
    private readonly PageText _pageText;
    // Null for data given directly (a test's): there is nothing to watch or read again.
    private readonly string? _source;
    private readonly LabVersions _versions;
    private readonly IReadOnlySet<string> _specPages;
    // Made once per extension, so a serve session that reads nothing new serializes nothing again.
    private readonly Lazy<IReadOnlyList<IGeneratedFile>> _downloads;

    public LabExtension(LabData data, PageText pageText) : this(data, pageText, null)
    {
    }

    private LabExtension(LabData data, PageText pageText, string? source)
    {
        Data = data;
        _pageText = pageText;
        _source = source;
        _versions = new LabVersions(data);
        _downloads = new Lazy<IReadOnlyList<IGeneratedFile>>(() => LabDownloads.Files(data));
        _specPages = source is null
            ? new HashSet<string>()
            : data.Specs.Where(s => !IsInSpecsFolder(s.SourcePath))
                .Select(s => Path.GetFullPath(Path.Combine(source, s.SourcePath))).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Reads the specs (<c>&lt;source&gt;/_lab/*.yml</c> and the pages' <c>lab:</c> front matter) and their results;
    /// spec errors fail the build with their positions.
    /// </summary>
    public static async Task<LabExtension> LoadAsync(string sourceDirectory, CancellationToken cancellationToken) =>
        await (await LabSession.LoadForBuildAsync(sourceDirectory, cancellationToken)).ExtensionAsync(cancellationToken);

    /// <summary>The extension over a build session's specs (read once for the runner and the pages), with the results stored now.</summary>
    internal static async Task<LabExtension> OfAsync(LabSession session, CancellationToken cancellationToken)
    {
        var source = Path.TrimEndingDirectorySeparator(Path.GetFullPath(session.Source));
        var data = await LabData.ReadAsync(session.Store, session.Specs, cancellationToken);
        return new LabExtension(data, PageTexts.In(session.Source), source);
    }

    public LabData Data { get; }

    public void Register(LiquidRegistry registry)
    {
        var usage = new LabUsage(Data, registry.Diagnostics, _pageText, registry.Reads);
        registry.AddGlobal("lab", new LabRootValue(usage));
        LabFilters.Register(registry);
        new LabTags(usage).Register(registry.Parser);
    }

    /// <summary>The stored results as <c>/lab/&lt;id&gt;.json</c> and their samples as <c>/lab/&lt;id&gt;.csv</c>, whatever the site's content.</summary>
    public IEnumerable<IGeneratedFile> Files(SiteContent content) => _downloads.Value;

    /// <summary>The lab's folder: its spec files and, below it, the results. Specs in pages' front matter are the site's own files.</summary>
    public IReadOnlyList<string> Inputs => _source is null ? [] : [new LabPaths(_source).SpecsDirectory];

    /// <summary>
    /// Results are read again when a file in the results folder changed; specs (and then results) when a spec file, a
    /// page that declares or declared experiments, or the config changed, the pages' declarations from <paramref name="site"/>. The same extension when the versions of every
    /// experiment stay what they were.
    /// </summary>
    public async Task<IWatchedExtension> ReloadAsync(SiteRead site, IReadOnlyCollection<string>? changes, CancellationToken cancellationToken)
    {
        if (_source is null) return this;
        var changed = changes is null ? LabInputChanges.Everything : await LabInputChanges.OfAsync(_source, _specPages, changes, cancellationToken);
        if (!changed.Any) return this;
        // The pages' declarations as the site read them for this build: the config is not parsed again, nor the source walked.
        var specs = changed.Specs ? (await LabSession.LoadForBuildAsync(site, cancellationToken)).Specs : Data.Specs;
        var reloaded = new LabExtension(await ReadResultsAsync(_source, specs, cancellationToken), _pageText, _source);
        return reloaded._versions.SameAs(_versions) && reloaded._specPages.SetEquals(_specPages) ? this : reloaded;
    }

    /// <summary>The version of an experiment id, as <see cref="LabUsage"/> records it when a page asks for it.</summary>
    public string VersionOf(string value) => _versions.Of(value);

    private static Task<LabData> ReadResultsAsync(string source, IReadOnlyList<ExperimentSpec> specs, CancellationToken cancellationToken) =>
        LabData.ReadAsync(new ResultStore(new LabPaths(source).ResultsDirectory), specs, cancellationToken);

    /// <summary>Spec paths are shown relative to the source: <c>_lab/containers.yml</c>, or a page's.</summary>
    private static bool IsInSpecsFolder(string shownPath) => shownPath.Replace('\\', '/').StartsWith("_lab/", StringComparison.Ordinal);
}
