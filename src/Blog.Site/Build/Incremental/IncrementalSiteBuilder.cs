using System.Collections.Concurrent;
using System.Diagnostics;
using System.Security.Cryptography;
using Blog.Site.Build.Session;
using Blog.Site.Checks;
using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Feed;
using Blog.Site.Rendering;
using Blog.Site.Rendering.Liquid;

namespace Blog.Site.Build.Incremental;

/// <summary>What one incremental build did: the usual report, the pages it rendered or kept, and the files it wrote.</summary>
/// <param name="KeptPlan">The build kept the previous build's plan (pages, archives, pagers): nothing changed, or only documents' bodies.</param>
public sealed record IncrementalReport(BuildReport Build, IReadOnlyList<string> Rendered, int Kept, IReadOnlyList<string> Removed, int Written = 0,
    bool KeptPlan = false);

/// <summary>
/// The builds of one <c>serve</c> session. It keeps in memory what it read (a <see cref="SourceSnapshot"/>: every
/// file's hash and document, the layouts, includes and data) and what the destination holds (every page's
/// fingerprint, every output's hash, every page's links). Given the paths that changed, a build reads only those
/// files, renders only the pages whose <see cref="PageFingerprints">fingerprint</see> changed, checks the links of
/// those pages (all pages' when the site's set of files changed, from the links kept in memory), and writes only the
/// outputs whose bytes changed: staged first, moved into the destination once the whole build succeeded. A failed
/// build writes nothing, and what is kept about the destination stays what it holds. The stages are
/// <see cref="SiteBuilder"/>'s, so the output is the clean build's, byte for byte. When the files read again changed
/// documents' bodies only, the previous build's plan, output checks and link index stand, with the new records
/// patched in (<see cref="EditedPlan"/>), and only the pages that can show the edit are fingerprinted again.
/// The extensions that read files of their own (<see cref="IWatchedExtension"/>, the lab) are handed the same changed
/// paths; a page is also rendered again when a value it read from one of them while it was last rendered (recorded
/// then, not guessed from its templates) has another version now.
/// </summary>
public sealed class IncrementalSiteBuilder(IReadOnlyList<ISiteExtension> extensions) : IAsyncDisposable
{
    /// <summary>
    /// Past this many files replaced or removed, a rebuild deletes their old versions after it returned; fewer are
    /// deleted before, which costs a small rebuild little and leaves nothing running behind it.
    /// </summary>
    private const int DeleteLaterFrom = 64;

    private readonly DocumentHashes _documents = new();
    private Task _deletions = Task.CompletedTask;
    // Each build registers its extensions' tags on a parser of its own. Building Fluid's grammar costs tens of
    // milliseconds, a good part of a one-post rebuild, so the next build's parser is built while the session waits.
    private Task<JekyllParser> _nextParser = NewParser();
    private SourceSnapshot? _source;
    private BuiltSite? _built;
    private Attempt? _last;
    private ExtensionSet _extensions = new(extensions);
    // An extension that failed to read its inputs again reads all of them at the next build, whatever changed then.
    private bool _reloadPending;

    /// <summary>The folders and files the extensions read besides the site's content, for the watcher.</summary>
    public IEnumerable<string> ExtensionInputs => _extensions.Inputs;

    /// <summary>Reads the whole site again (as when the watcher cannot say what changed), then builds what changed.</summary>
    public Task<IncrementalReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken) =>
        BuildAsync(options, null, cancellationToken);

    /// <param name="changes">The absolute paths that changed since the last build; null when unknown (everything is read).</param>
    public async Task<IncrementalReport> BuildAsync(BuildOptions options, IReadOnlyCollection<string>? changes, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var trace = new BuildTrace();
        var before = _source;
        SourceSnapshot source;
        try
        {
            source = _source is { } known && known.Options == options && changes is not null
                ? await SnapshotReader.UpdateAsync(known, changes, cancellationToken)
                : await SnapshotReader.ReadAllAsync(options, cancellationToken);
        }
        catch
        {
            _source = null;
            throw;
        }
        _source = source;
        trace.Mark("read");
        var extensions = await ReloadExtensionsAsync(changes, cancellationToken);
        trace.Mark("extensions");

        // A state that could not be put together means a full build (the destination is still a whole site).
        var previous = _built is { } built && built.Destination == source.Settings.Destination && Directory.Exists(built.Destination)
                       && await built.State.ContinueWith(t => t.IsCompletedSuccessfully, TaskScheduler.Default)
            ? built.State.Result : null;
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

    private static Task<JekyllParser> NewParser() => Task.Run(() => new JekyllParser());

    /// <summary>
    /// The extensions after <paramref name="changes"/>. One that cannot read its inputs fails the build; the next build
    /// then has it read everything again, since the paths that broke it are not among the next build's changes.
    /// </summary>
    private async Task<ExtensionSet> ReloadExtensionsAsync(IReadOnlyCollection<string>? changes, CancellationToken cancellationToken)
    {
        try
        {
            _extensions = await _extensions.UpdateAsync(_reloadPending ? null : changes, cancellationToken);
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
        var parser = await _nextParser;
        _nextParser = NewParser();
        // The same snapshot again (only an extension's inputs changed) still carries the edits that made it: they are done.
        var selection = (previous is not null && ReferenceEquals(previous.Source, before) && !ReferenceEquals(source, before)
                         && source.EditedDocuments is { } edits && !errors.HasErrors
                            ? SelectAfterBodyEdits(source, edits, previous, extensions, errors, parser, trace)
                            : null)
                        ?? SelectAll(source, previous, extensions, errors, parser, trace, cancellationToken);
        var (build, fingerprints, pages, changed, allOutputs, checker, _) = selection;
        var (settings, content, plan, renderer) = (build.Settings, build.Content, build.Plan, build.Renderer);
        var removed = previous is null || ReferenceEquals(previous.Outputs, allOutputs) ? [] : previous.Outputs.Where(o => !allOutputs.Contains(o)).ToList();
        trace.Mark("fingerprints");

        await using var staging = StagingFolder.Create(settings.Destination);
        // The outputs written by this build; the others' hashes are the previous build's.
        var newHashes = new ConcurrentDictionary<string, string>(StringComparer.Ordinal);
        string? HashOf(string outputPath) =>
            newHashes.TryGetValue(outputPath, out var hash) ? hash : previous?.OutputHashes.GetValueOrDefault(outputPath);
        var scanned = new ConcurrentDictionary<string, PageLinks>(StringComparer.Ordinal);
        // A rebuild's outputs are staged side by side, to be moved over their old versions; a first build's are the site.
        string StagedName(string outputPath) => previous is null ? outputPath : staging.Stage(outputPath);
        void WriteIfChanged(string outputPath, string text)
        {
            using var utf8 = PooledUtf8.Encode(text);
            var hash = Convert.ToHexString(SHA256.HashData(utf8.Bytes));
            if (HashOf(outputPath) == hash) return;
            staging.WriteBytes(StagedName(outputPath), utf8.Bytes);
            newHashes[outputPath] = hash;
        }

        await Parallel.ForEachAsync(changed, SiteBuilder.Parallelism(cancellationToken), async (i, ct) =>
        {
            var page = plan.Pages[i];
            var outputPath = page.Document.OutputPath;
            var reads = new ValueReads();
            var html = await renderer.RenderPageAsync(page.Document, page.Pager, reads, ct);
            pages[i] = pages[i] with { Reads = Versions(reads.Values, extensions) };
            if (SiteBuilder.IsHtml(outputPath)) scanned[outputPath] = PageLinks.Scan(outputPath, html);
            WriteIfChanged(outputPath, html);
        });
        trace.Mark($"render {changed.Count}");

        foreach (var file in plan.StaticFiles)
        {
            var hash = StaticFileHash(source, file);
            if (HashOf(file.OutputPath) == hash) continue;
            await staging.CopyFileAsync(file.FullPath, StagedName(file.OutputPath), cancellationToken);
            newHashes[file.OutputPath] = hash;
        }

        var siteFileFingerprints = new Dictionary<string, string?>(StringComparer.Ordinal);
        string? PageFingerprint(Document document)
        {
            var index = IndexOf(plan.Pages, document);
            return index < 0 ? null : pages[index].Signature;
        }
        foreach (var file in build.SiteFiles)
        {
            var fingerprint = SiteFileFingerprint(file, content, fingerprints, PageFingerprint);
            siteFileFingerprints[file.OutputPath] = fingerprint;
            if (fingerprint is not null && previous?.SiteFiles.GetValueOrDefault(file.OutputPath) == fingerprint && HashOf(file.OutputPath) is not null) continue;
            WriteIfChanged(file.OutputPath, await file.Render(renderer, cancellationToken));
        }
        trace.Mark("static and site files");

        var (htmlPages, links) = CheckLinks(plan, previous, allOutputs, checker, scanned);
        build.ReportLinks(LinkChecker.Collect(links.Select(l => l.Result), Anchors(htmlPages, links)));
        trace.Mark("links");
        errors.ThrowIfAny();

        // Until the moves are done the destination matches neither state: if they fail, the next build is a full one.
        _built = null;
        if (previous is null) staging.Commit();
        else
        {
            staging.MoveStagedInto(removed, cancellationToken);
            // The old versions are in the staging folder now: deleting thousands of them (a layout edit) takes seconds.
            if (staging.Staged + removed.Count >= DeleteLaterFrom) _deletions = Task.WhenAll(_deletions, staging.DeleteInBackground());
        }
        // What the next build compares with is put together after this one returned: the reload need not wait for it.
        _built = new BuiltSite(settings.Destination, Task.Run(() =>
        {
            var hashes = new Dictionary<string, string>(previous?.OutputHashes ?? new Dictionary<string, string>(), StringComparer.Ordinal);
            foreach (var (output, hash) in newHashes) hashes[output] = hash;
            foreach (var gone in removed) hashes.Remove(gone);
            var linksByPage = new Dictionary<string, CheckedLinks>(htmlPages.Count, StringComparer.Ordinal);
            for (var i = 0; i < htmlPages.Count; i++) linksByPage[htmlPages[i]] = links[i];
            if (selection.EditedFrom is { } edited)
                // The same documents but the edited ones and the archives that list them.
                _documents.Forget(edited.Pages.Where((page, i) => !ReferenceEquals(page.Document, plan.Pages[i].Document)).Select(p => p.Document));
            else
                // The posts are kept for the next build; generated pages (archives, pagers) are made anew by every plan.
                _documents.Retain(content.Posts.Concat(content.Pages).Concat(content.Collections.SelectMany(c => c.Documents)));
            return new BuiltState(source, build, fingerprints, pages, checker,
                Enumerable.Range(0, pages.Length).ToDictionary(i => plan.Pages[i].Document.OutputPath, i => pages[i], StringComparer.Ordinal),
                hashes, linksByPage, siteFileFingerprints, allOutputs);
        }, CancellationToken.None));
        trace.Mark("move");

        var report = new BuildReport(settings.Destination, plan.Pages.Count, content.Posts.Count, plan.StaticFiles.Count, clock.Elapsed, errors.Warnings);
        return new IncrementalReport(report, changed.Select(i => plan.Pages[i].Document.OutputPath).Order(StringComparer.Ordinal).ToList(),
            plan.Pages.Count - changed.Count, removed, (previous is null ? allOutputs.Count : staging.Staged) + removed.Count, selection.EditedFrom is not null);
    }

    /// <summary>
    /// Plans the site, and fingerprints every page: a page whose inputs are the same records as last time keeps its
    /// fingerprint, the others are hashed.
    /// </summary>
    private Selection SelectAll(SourceSnapshot source, BuiltState? previous, ExtensionSet extensions, ErrorCollector errors, JekyllParser parser,
        BuildTrace trace, CancellationToken cancellationToken)
    {
        var build = PreparedBuild.From(errors, source.Settings, source.Content, extensions.All, trace, parser);
        var plan = build.Plan;
        var allOutputs = build.AllOutputPaths.ToHashSet(StringComparer.Ordinal);
        var fingerprints = new PageFingerprints(build.Content, _documents, f => StaticFileHash(source, f));
        trace.Mark("fingerprints setup");
        var pages = new PageState[plan.Pages.Count];
        var render = new bool[plan.Pages.Count];
        Parallel.For(0, plan.Pages.Count, SiteBuilder.Parallelism(cancellationToken), i =>
        {
            var page = plan.Pages[i];
            (pages[i], render[i]) = Fingerprint(fingerprints, page, previous?.Pages.GetValueOrDefault(page.Document.OutputPath), extensions);
        });
        trace.Mark("page fingerprints");
        // Resolving links needs an index of every output: the last build's serves while the files and settings are the same.
        var checker = previous is not null && ReferenceEquals(previous.Build.Settings, build.Settings) && previous.Outputs.SetEquals(allOutputs)
            ? previous.LinkChecker
            : new LinkChecker(build.Settings, allOutputs);
        return new Selection(build, fingerprints, pages, Changed(render), allOutputs, checker, null);
    }

    /// <summary>
    /// For an edit of documents' bodies only (each edited document's metadata hashes as before): the previous build's
    /// plan with the new records in it, and new fingerprints for the pages that may have changed: those whose page,
    /// pager or archive holds an edited document, those showing an edited neighbour, those listing every document's
    /// body, and those always rendered. Every other page's inputs are the previous build's records, so its fingerprint
    /// stands. Null when the edit is not of this kind (a full plan is then made).
    /// </summary>
    private Selection? SelectAfterBodyEdits(SourceSnapshot source, IReadOnlyDictionary<Document, Document> edits, BuiltState previous,
        ExtensionSet extensions, ErrorCollector errors, JekyllParser parser, BuildTrace trace)
    {
        if (edits.Any(e => _documents.Metadata(e.Key) != _documents.Metadata(e.Value))) return null;
        var before = previous.Build.Plan;
        if (EditedPlan.Apply(before, edits) is not { } plan) return null;
        var build = previous.Build.WithEditedBodies(errors, source.Content, plan, extensions.All, parser);
        var fingerprints = previous.Fingerprints.WithEditedBodies(build.Content);
        trace.Mark("plan (bodies edited)");
        var pages = new PageState[plan.Pages.Count];
        var render = new bool[plan.Pages.Count];
        bool Edited(Document? document) => document is not null && edits.ContainsKey(document);
        for (var i = 0; i < pages.Length; i++)
        {
            var (page, known) = (plan.Pages[i], previous.PageStates[i]);
            if (ReferenceEquals(page, before.Pages[i]) && known.Fingerprint is not null && !known.Inputs.ListsBodies
                && !Edited(known.Inputs.Older) && !Edited(known.Inputs.Newer) && !known.ReadsChanged(extensions))
            {
                pages[i] = known;
                continue;
            }
            (pages[i], render[i]) = Fingerprint(fingerprints, page, known, extensions);
        }
        trace.Mark("page fingerprints");
        return new Selection(build, fingerprints, pages, Changed(render), previous.Outputs, previous.LinkChecker, before);
    }

    /// <summary>
    /// The page's state now, and whether it must be rendered: its fingerprint is the known one when its inputs are the
    /// same records, and is hashed otherwise; a page without one (null) is always rendered, and so is one that read an
    /// extension's value whose version changed since.
    /// </summary>
    private static (PageState State, bool Render) Fingerprint(PageFingerprints fingerprints, PlannedPage page, PageState? known, ExtensionSet extensions)
    {
        var inputs = fingerprints.InputsOf(page);
        var fingerprint = known is { Fingerprint: not null } && known.Inputs.SameAs(inputs) ? known.Fingerprint : fingerprints.Of(page, inputs);
        var render = fingerprint is null || known?.Fingerprint != fingerprint || known.ReadsChanged(extensions);
        return (new PageState(inputs, fingerprint, known?.Reads ?? NoReads), render);
    }

    /// <summary>The indices, in the plan, of the pages to render.</summary>
    private static List<int> Changed(bool[] render) => Enumerable.Range(0, render.Length).Where(i => render[i]).ToList();

    private static readonly IReadOnlyDictionary<string, string> NoReads = new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The values a page read while it rendered, each with its version in this build.</summary>
    private static IReadOnlyDictionary<string, string> Versions(IReadOnlyCollection<string> reads, ExtensionSet extensions) =>
        reads.Count == 0 ? NoReads : reads.ToDictionary(r => r, extensions.VersionOf, StringComparer.Ordinal);

    /// <summary>
    /// Every HTML page's links, resolved: the rendered pages' from their new HTML; the others' as before, unless the
    /// site's set of files changed, which can break or mend a link anywhere (they are resolved again from memory).
    /// </summary>
    private static (IReadOnlyList<string> Pages, CheckedLinks[] Links) CheckLinks(OutputPlan plan, BuiltState? previous, IReadOnlySet<string> allOutputs,
        LinkChecker checker, IReadOnlyDictionary<string, PageLinks> scanned)
    {
        var sameFiles = previous is not null && previous.Outputs.SetEquals(allOutputs);
        var htmlPages = plan.Pages.Select(p => p.Document.OutputPath).Where(SiteBuilder.IsHtml).ToList();
        var results = new CheckedLinks[htmlPages.Count];
        Parallel.For(0, htmlPages.Count, i =>
        {
            var page = htmlPages[i];
            if (scanned.TryGetValue(page, out var fresh)) results[i] = new CheckedLinks(fresh, checker.Resolve(fresh));
            else
            {
                var kept = previous!.Links[page];
                results[i] = sameFiles ? kept : kept with { Result = checker.Resolve(kept.Links) };
            }
        });
        return (htmlPages, results);
    }

    /// <summary>Every page's element ids, when some page links to an anchor on another (most sites never do).</summary>
    private static IReadOnlyDictionary<string, IReadOnlySet<string>> Anchors(IReadOnlyList<string> pages, CheckedLinks[] links)
    {
        var anchors = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        if (!links.Any(l => l.Result.FragmentLinks.Count > 0)) return anchors;
        for (var i = 0; i < pages.Count; i++) anchors[pages[i]] = links[i].Links.Anchors;
        return anchors;
    }

    /// <summary>
    /// The feed, sitemap and robots.txt are written again only when what they are made of changed; a file this does
    /// not know is always written (null).
    /// </summary>
    private static string? SiteFileFingerprint(SiteBuilder.SiteFile file, SiteContent content, PageFingerprints pages,
        Func<Document, string?> pageFingerprint)
    {
        var settings = content.Settings;
        switch (file.Source)
        {
            case "(robots)":
                return ContentHash.Of(pages.Config);
            case "(sitemap)":
                return ContentHash.Of(pages.Config, settings.Time, pages.Listing, content.StaticFiles);
            case "(feed)":
                // A post's page fingerprint covers everything its content and excerpt are rendered from.
                var posts = AtomFeed.SelectPosts(settings, content.Posts);
                var hash = new ContentHash().Add(pages.Config).Add(settings.Time).Add(pages.Data);
                foreach (var post in posts)
                {
                    if (pageFingerprint(post) is not { } fingerprint) return null;
                    hash.Add(post.OutputPath).Add(fingerprint);
                }
                return hash.Finish();
            default:
                return null;
        }
    }

    private static int IndexOf(IReadOnlyList<PlannedPage> pages, Document document)
    {
        for (var i = 0; i < pages.Count; i++)
            if (ReferenceEquals(pages[i].Document, document)) return i;
        return -1;
    }

    private static string StaticFileHash(SourceSnapshot source, StaticFile file) =>
        ContentHash.Of(file.RelativePath, source.Files.TryGetValue(file.FullPath, out var read) ? read.Hash
            : Convert.ToHexString(SHA256.HashData(File.ReadAllBytes(file.FullPath))));

    /// <summary>Waits for the deletion of old outputs still running after a large rebuild.</summary>
    public async ValueTask DisposeAsync() => await _deletions;

    /// <summary>
    /// A page as last built: what its fingerprint was made of, the fingerprint (null: always rendered), and the
    /// extensions' values it read when it was last rendered, with their versions then.
    /// </summary>
    private sealed record PageState(PageInputs Inputs, string? Fingerprint, IReadOnlyDictionary<string, string> Reads)
    {
        public bool ReadsChanged(ExtensionSet extensions)
        {
            foreach (var (value, version) in Reads)
                if (extensions.VersionOf(value) != version) return true;
            return false;
        }

        /// <summary>Everything the page's output is made of (its fingerprint and what it read), for the feed that shows it.</summary>
        public string? Signature => Fingerprint is null ? null
            : Reads.Count == 0 ? Fingerprint
            : ContentHash.Of(Fingerprint, Reads.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => r.Key + "=" + r.Value));
    }

    /// <summary>A page's links as found in its HTML, and as resolved against the site's files.</summary>
    private sealed record CheckedLinks(PageLinks Links, PageLinkResult Result);

    /// <summary>The last build's input and its outcome: its report, or the errors it failed with.</summary>
    private sealed record Attempt(SourceSnapshot Source, ExtensionSet Extensions, IncrementalReport? Report, IReadOnlyList<BuildError>? Failure);

    /// <summary>The destination, and what it holds (being put together while the site is served).</summary>
    private sealed record BuiltSite(string Destination, Task<BuiltState> State);

    /// <summary>What a build will write: its preparation, every page's state (in plan order), the pages to render, every output.</summary>
    /// <param name="EditedFrom">The previous build's plan, when this one is that plan with edited documents in it.</param>
    /// <param name="Changed">The indices, in the plan, of the pages to render.</param>
    private sealed record Selection(PreparedBuild Build, PageFingerprints Fingerprints, PageState[] Pages, IReadOnlyList<int> Changed,
        IReadOnlySet<string> Outputs, LinkChecker LinkChecker, OutputPlan? EditedFrom);

    /// <summary>
    /// What the destination holds: every page's fingerprint, every output's hash, every page's links; and what the
    /// build was made from, for a next build that changes only documents' bodies.
    /// </summary>
    /// <param name="PageStates">Every page's state, in the order of <paramref name="Build"/>'s plan.</param>
    private sealed record BuiltState(
        SourceSnapshot Source,
        PreparedBuild Build,
        PageFingerprints Fingerprints,
        PageState[] PageStates,
        LinkChecker LinkChecker,
        IReadOnlyDictionary<string, PageState> Pages,
        IReadOnlyDictionary<string, string> OutputHashes,
        IReadOnlyDictionary<string, CheckedLinks> Links,
        IReadOnlyDictionary<string, string?> SiteFiles,
        IReadOnlySet<string> Outputs);
}
