using System.Diagnostics;
using Blog.Site.Build.Session;
using Blog.Site.Config;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Minify;
using Blog.Site.Outputs.Images;
using Blog.Site.Rendering.Liquid;

namespace Blog.Site.Build.Incremental;

/// <summary>What one incremental build did: the usual report, the pages it rendered or kept, and the files it wrote.</summary>
/// <param name="KeptPlan">The build kept the previous build's plan (pages, archives, pagers): nothing changed, or only documents' bodies.</param>
public sealed record IncrementalReport(BuildReport Build, IReadOnlyList<string> Rendered, int Kept, IReadOnlyList<string> Removed, int Written = 0,
    bool KeptPlan = false);

/// <summary>
/// The builds of one site, the first of which is a clean build: <see cref="SiteBuilder"/> is this with one build and
/// nothing kept. A <c>serve</c> session keeps in memory what it read (a <see cref="SourceSnapshot"/>: every file's hash
/// and document, the layouts, includes and data) and what the destination holds (a <see cref="BuiltState"/>: every
/// page's fingerprint, every output's hash, every page's links). Given the paths that changed, a build reads only those
/// files, renders only the pages whose <see cref="PageFingerprints">fingerprint</see> changed, checks the links of those
/// pages (all pages' when the site's set of files changed, from the links kept in memory), and writes only the outputs
/// whose bytes changed: staged first, moved into the destination once the whole build succeeded. A failed build writes
/// nothing, and what is kept about the destination stays what it holds. When the files read again changed documents'
/// bodies only, the previous build's plan, output checks and link index stand, with the new records patched in
/// (<see cref="EditedPlan"/>), and only the pages that can show the edit are fingerprinted again.
/// The extensions that read files of their own (<see cref="IWatchedExtension"/>, the lab) are handed the same changed
/// paths; a page is also rendered again when a value it read from one of them while it was last rendered (recorded
/// then, not guessed from its templates) has another version now.
/// </summary>
public sealed class IncrementalSiteBuilder : IAsyncDisposable
{
    private readonly DocumentHashes _documents = new();
    private readonly Func<SiteRead, CancellationToken, Task<IReadOnlyList<ISiteExtension>>>? _load;
    private readonly ImageCache _images = new();
    // A build that nobody builds after (the command line's) keeps nothing: it fingerprints and hashes nothing.
    private readonly bool _remember;
    // The staging folder the rebuilds share, with the old versions of what they replaced to be written over.
    private readonly RebuildStaging _staging = new();
    // Each build registers its extensions' tags on a parser of its own. Building Fluid's grammar costs tens of
    // milliseconds, a good part of a one-post rebuild, so the next build's parser is built while the session waits
    // (and the first one while the site is read).
    private Task<JekyllParser>? _nextParser = NewParser();
    private SourceSnapshot? _source;
    private BuiltSite? _built;
    private Attempt? _last;
    private ExtensionSet? _extensions;
    // An extension that failed to read its inputs again reads all of them at the next build, whatever changed then.
    private bool _reloadPending;

    public IncrementalSiteBuilder(IReadOnlyList<ISiteExtension> extensions)
    {
        _extensions = new ExtensionSet(extensions);
        _remember = true;
    }

    /// <summary>A session whose extensions are loaded from the site as its first build read it (see <see cref="SiteRead"/>).</summary>
    public IncrementalSiteBuilder(Func<SiteRead, CancellationToken, Task<IReadOnlyList<ISiteExtension>>> extensions) : this(extensions, remember: true)
    {
    }

    /// <param name="extensions">Called once the site is read, with what it read.</param>
    /// <param name="remember">Whether builds follow this one's (a session): each build then keeps what the next compares with.</param>
    internal IncrementalSiteBuilder(Func<SiteRead, CancellationToken, Task<IReadOnlyList<ISiteExtension>>> extensions, bool remember)
    {
        _load = extensions;
        _remember = remember;
    }

    /// <summary>
    /// Whether the staging folder the rebuilds share is filled between builds up to a full rebuild's files
    /// (<see cref="RebuildStaging"/>), so that a first layout edit creates none: for a session that waits for edits
    /// (<c>serve</c>) and is disposed when it ends, since the folder is written to in the background until then.
    /// </summary>
    public bool FillsStagingBetweenBuilds { get; init; }

    /// <summary>The handler external links are requested through (<c>--check-external</c>); null for the machine's network.</summary>
    internal HttpMessageHandler? Network { get; init; }

    /// <summary>How many image versions this builder's builds encoded (not found in the image cache).</summary>
    internal int ImageEncodes => _images.Encodes;

    /// <summary>The folders and files the extensions read besides the site's content, for the watcher.</summary>
    public IEnumerable<string> ExtensionInputs => _extensions?.Inputs ?? [];

    /// <summary>Reads the whole site again (as when the watcher cannot say what changed), then builds what changed.</summary>
    public Task<IncrementalReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken) =>
        BuildAsync(options, null, cancellationToken);

    /// <param name="changes">The absolute paths that changed since the last build; null when unknown (everything is read).</param>
    public async Task<IncrementalReport> BuildAsync(BuildOptions options, IReadOnlyCollection<string>? changes, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var trace = new BuildTrace();
        var before = _source;
        var source = await ReadAsync(options, changes, cancellationToken);
        trace.Mark("read");
        var extensions = await ReloadExtensionsAsync(source, changes, cancellationToken);
        trace.Mark("extensions");

        var previous = await PreviousAsync(source);
        // Nothing read differs from the last build's input: its outcome stands.
        if (_last is { } last && ReferenceEquals(last.Source, source) && ReferenceEquals(last.Extensions, extensions)
            && (last.Failure is not null || previous is not null))
        {
            trace.Write("unchanged");
            if (last.Failure is { } failure) throw new BuildFailedException(failure);
            return last.Report! with { Build = last.Report.Build with { Elapsed = clock.Elapsed }, Rendered = [], Kept = last.Report.Build.Pages, Removed = [], Written = 0, KeptPlan = true };
        }

        try
        {
            var report = await BuildAsync(source, before, previous, extensions, trace, clock, cancellationToken);
            _last = new Attempt(source, extensions, report, null);
            trace.Write($"built {report.Rendered.Count}, wrote {report.Written}");
            return report;
        }
        catch (BuildFailedException failed)
        {
            _last = new Attempt(source, extensions, null, failed.Errors);
            trace.Write("failed");
            throw;
        }
        catch
        {
            _last = null;
            throw;
        }
    }

    /// <summary>The site as it is now: the known snapshot brought up to date with <paramref name="changes"/>, or read whole.</summary>
    private async Task<SourceSnapshot> ReadAsync(BuildOptions options, IReadOnlyCollection<string>? changes, CancellationToken cancellationToken)
    {
        try
        {
            _source = _source is { } known && known.Options == options && changes is not null && _remember
                ? await SnapshotReader.UpdateAsync(known, changes, cancellationToken)
                : await SnapshotReader.ReadAllAsync(options, cancellationToken, forUpdates: _remember);
            return _source;
        }
        catch
        {
            _source = null;
            throw;
        }
    }

    /// <summary>What the destination holds, when it is the last build's; a state that could not be put together means a full build.</summary>
    private async Task<BuiltState?> PreviousAsync(SourceSnapshot source) =>
        _built is { } built && built.Destination == source.Settings.Destination && Directory.Exists(built.Destination)
        && await built.State.ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default)
            ? built.State.Result : null;

    private static Task<JekyllParser> NewParser() => Task.Run(() => new JekyllParser());

    /// <summary>
    /// The extensions after <paramref name="changes"/>. One that cannot read its inputs fails the build; the next build
    /// then has it read everything again, since the paths that broke it are not among the next build's changes.
    /// </summary>
    private async Task<ExtensionSet> ReloadExtensionsAsync(SourceSnapshot source, IReadOnlyCollection<string>? changes, CancellationToken cancellationToken)
    {
        // The site as read, for the extensions that read the same source: the documents as they are in this snapshot.
        var site = new SiteRead(source.Settings, source.Files.Values.Select(f => f.Item).OfType<Content.Document>());
        // Extensions loaded now are loaded from what is on disk now.
        if (_extensions is null) return _extensions = new ExtensionSet(await _load!(site, cancellationToken));
        try
        {
            _extensions = await _extensions.UpdateAsync(site, _reloadPending ? null : changes, cancellationToken);
            _reloadPending = false;
            return _extensions;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            _reloadPending = true;
            _last = null;
            throw;
        }
    }

    /// <param name="before">The snapshot <paramref name="source"/> was brought up to date from.</param>
    private async Task<IncrementalReport> BuildAsync(SourceSnapshot source, SourceSnapshot? before, BuiltState? previous, ExtensionSet extensions,
        BuildTrace trace, Stopwatch clock, CancellationToken cancellationToken)
    {
        var errors = new ErrorCollector();
        foreach (var problem in source.Problems) errors.Add(problem);
        var parser = await (_nextParser ?? NewParser());
        _nextParser = _remember ? NewParser() : null;
        var selection = Select(source, before, previous, extensions, errors, parser, trace, cancellationToken);
        trace.Mark("fingerprints");

        var destination = selection.Build.Settings.Destination;
        var first = previous is null;
        var staging = first ? StagingFolder.Create(destination) : await _staging.TakeAsync(destination);
        var placed = false;
        try
        {
            var run = new BuildRun(source, previous, extensions, selection, new OutputWriter(staging, previous?.OutputHashes, _remember,
                selection.Build.Settings.Minify ? new OutputMinifier(destination, errors) : null), _remember);
            await run.RenderPagesAsync(cancellationToken);
            trace.Mark($"render {selection.Changed.Count}");
            await run.WriteFilesAsync(cancellationToken);
            trace.Mark("static and generated files");
            var links = run.CheckLinks();
            trace.Mark("links");
            // A build that already failed does not wait on the network.
            if (selection.Build.Settings.ExternalLinks.Check && !errors.HasErrors)
            {
                await run.CheckExternalLinksAsync(links, Network, cancellationToken);
                trace.Mark("external links");
            }
            errors.ThrowIfAny();

            // Until the moves are done the destination matches neither state: if they fail, the next build is a full one.
            _built = null;
            MoveIntoPlace(staging, first, run.Removed, cancellationToken);
            placed = true;
            if (_remember)
                // What the next build compares with is put together after this one returned: the reload need not wait for it.
                _built = new BuiltSite(destination, Task.Run(() =>
                {
                    ForgetDocuments(selection);
                    return run.State(links);
                }, CancellationToken.None));
            trace.Mark("move");
            return run.Report(clock);
        }
        finally
        {
            await KeepStagingAsync(staging, first, placed, selection.Build);
        }
    }

    /// <summary>
    /// A rebuild's staging folder, moved in or not, holds files the next rebuild writes into; a first build's became the
    /// destination (or is deleted, failed), and a session then makes one for its rebuilds to share.
    /// </summary>
    private async Task KeepStagingAsync(StagingFolder staging, bool first, bool placed, PreparedBuild build)
    {
        // A layout edit stages every page and the generated files.
        var slots = FillsStagingBetweenBuilds ? build.Plan.Pages.Count + build.GeneratedFiles.Count : 0;
        if (!first)
        {
            await _staging.KeepAsync(staging, build.Settings.Destination, slots);
            return;
        }
        await staging.DisposeAsync();
        if (_remember && placed && FillsStagingBetweenBuilds) await _staging.KeepAsync(null, build.Settings.Destination, slots);
    }

    /// <summary>
    /// The pages to render: after an edit of documents' bodies only, the previous build's plan with the new records in
    /// it; otherwise a new plan.
    /// </summary>
    private PageSelection Select(SourceSnapshot source, SourceSnapshot? before, BuiltState? previous, ExtensionSet extensions, ErrorCollector errors,
        JekyllParser parser, BuildTrace trace, CancellationToken cancellationToken) =>
        // The same snapshot again (only an extension's inputs changed) still carries the edits that made it: they are done.
        (previous is not null && ReferenceEquals(previous.Source, before) && !ReferenceEquals(source, before)
         && source.EditedDocuments is { } edits && !errors.HasErrors
            ? PageSelection.AfterBodyEdits(source, edits, previous, _documents, extensions, errors, parser, trace)
            : null)
        ?? PageSelection.All(source, previous, extensions, errors, parser, _images,
            _remember ? content => new PageFingerprints(content, _documents, source.HashOf) : null, trace, cancellationToken);

    /// <summary>A first build's staging folder becomes the destination; a rebuild's changed outputs are moved into it.</summary>
    private void MoveIntoPlace(StagingFolder staging, bool first, IReadOnlyList<string> removed, CancellationToken cancellationToken)
    {
        if (first)
        {
            staging.Commit();
            return;
        }
        staging.MoveStagedInto(removed, cancellationToken);
    }

    /// <summary>Drops the hashes of documents the build no longer has.</summary>
    private void ForgetDocuments(PageSelection selection)
    {
        var (plan, content) = (selection.Build.Plan, selection.Build.Content);
        if (selection.EditedFrom is { } edited)
            // The same documents but the edited ones and the archives that list them.
            _documents.Forget(edited.Pages.Where((page, i) => !ReferenceEquals(page.Document, plan.Pages[i].Document)).Select(p => p.Document));
        else
            // The posts are kept for the next build; generated pages (archives, pagers) are made anew by every plan.
            _documents.Retain(content.Posts.Concat(content.Pages).Concat(content.Collections.SelectMany(c => c.Documents)));
    }

    /// <summary>Deletes the staging folder the rebuilds shared.</summary>
    public async ValueTask DisposeAsync() => await _staging.DisposeAsync();

    /// <summary>The last build's input and its outcome: its report, or the errors it failed with.</summary>
    private sealed record Attempt(SourceSnapshot Source, ExtensionSet Extensions, IncrementalReport? Report, IReadOnlyList<BuildError>? Failure);
}
