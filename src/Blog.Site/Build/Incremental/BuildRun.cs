using System.Collections.Concurrent;
using System.Diagnostics;
using Blog.Site.Build.Session;
using Blog.Site.Checks;
using Blog.Site.Checks.External;
using Blog.Site.Content;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Files;
using Blog.Site.Rendering;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// The writing half of one build, once its <see cref="PageSelection"/> decided what to render: renders those pages,
/// copies the static files, writes the generated files whose fingerprint changed, checks the links, and says what the
/// destination holds afterwards. With no previous build (a clean build) every page is rendered and every output written.
/// </summary>
internal sealed class BuildRun
{
    private readonly SourceSnapshot _source;
    private readonly BuiltState? _previous;
    private readonly ExtensionSet _extensions;
    private readonly PageSelection _selection;
    private readonly OutputWriter _writer;
    private readonly bool _remember;
    private readonly ConcurrentDictionary<string, PageLinks> _scanned = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _generated = new(StringComparer.Ordinal);

    /// <param name="previous">What the destination holds; null for a clean build.</param>
    /// <param name="remember">Whether a next build compares with this one: what each page read is recorded.</param>
    public BuildRun(SourceSnapshot source, BuiltState? previous, ExtensionSet extensions, PageSelection selection, OutputWriter writer, bool remember)
    {
        (_source, _previous, _extensions, _selection, _writer, _remember) = (source, previous, extensions, selection, writer, remember);
        Removed = previous is null || ReferenceEquals(previous.Outputs, selection.Outputs) ? [] : previous.Outputs.Where(o => !selection.Outputs.Contains(o)).ToList();
    }

    private OutputPlan Plan => _selection.Build.Plan;

    /// <summary>The outputs the previous build wrote that this one does not.</summary>
    public IReadOnlyList<string> Removed { get; }

    /// <summary>
    /// Renders the selected pages, recording what each read (layouts, includes, data, listings, neighbours, extensions'
    /// values, other documents' bodies) when a next build will ask, and scans their links.
    /// </summary>
    public async Task RenderPagesAsync(CancellationToken cancellationToken)
    {
        var renderer = _selection.Build.Renderer;
        var contentRendered = ContentReaders();
        await Parallel.ForEachAsync(_selection.Changed, BuildParallelism.Options(cancellationToken), async (i, ct) =>
        {
            var page = Plan.Pages[i];
            var outputPath = page.Document.OutputPath;
            var reads = _remember ? new ValueReads() : null;
            var html = await renderer.RenderPageAsync(page.Document, page.Pager, reads, contentRendered, ct);
            if (reads is not null) _selection.Pages[i] = PageState.After(reads, _extensions, _selection.Fingerprints!, page);
            if (OutputPlan.IsHtml(outputPath)) _scanned[outputPath] = PageLinks.Scan(outputPath, html);
            _writer.WriteText(outputPath, html);
        });
    }

    /// <summary>
    /// What is told each page's content: the generated files made of it, each holding first what it kept in the previous
    /// build (the pages not rendered again are the same); null when there are none.
    /// </summary>
    private Action<Document, string>? ContentReaders()
    {
        var readers = _selection.Build.GeneratedFiles.OfType<IReadsRenderedContent>().ToList();
        if (readers.Count == 0) return null;
        foreach (var reader in readers)
            if (_previous?.Build.GeneratedFiles.FirstOrDefault(f => f.OutputPath == reader.OutputPath) is { } kept) reader.KeepFrom(kept);
        return (document, content) =>
        {
            foreach (var reader in readers) reader.Read(document, content);
        };
    }

    /// <summary>
    /// Everything but the pages: the static files and the images' versions are copied while the generated files are
    /// written, since copying mostly waits on the file system and writing the generated files (a search index of 10,000
    /// posts is ~10 MB of JSON) is work for a core.
    /// </summary>
    public Task WriteFilesAsync(CancellationToken cancellationToken) => Task.WhenAll(CopyAsync(cancellationToken), WriteGeneratedFilesAsync(cancellationToken));

    private async Task CopyAsync(CancellationToken cancellationToken)
    {
        await CopyStaticFilesAsync(cancellationToken);
        await WriteImagesAsync(cancellationToken);
    }

    private async Task CopyStaticFilesAsync(CancellationToken cancellationToken)
    {
        // An edit of documents' bodies keeps the previous plan's static files, record for record: each is in place as that
        // build copied it, and a site's thousands of images need not be looked at again while serving.
        if (_previous is not null && ReferenceEquals(Plan.StaticFiles, _previous.Build.Plan.StaticFiles)) return;
        await Parallel.ForEachAsync(Plan.StaticFiles, BuildParallelism.Options(cancellationToken),
            async (file, ct) => await _writer.CopyAsync(file, _remember ? _source.HashOf(file) : null, ct));
    }

    /// <summary>Writes the images' versions (from the image cache, where the build made them before rendering).</summary>
    private async Task WriteImagesAsync(CancellationToken cancellationToken) =>
        await Parallel.ForEachAsync(_selection.Build.Images.Variants, BuildParallelism.Options(cancellationToken),
            async (variant, ct) => await _writer.CopyAsync(variant.CachePath, variant.OutputPath, _remember ? variant.Hash : null, ct));

    /// <summary>Writes each generated file whose fingerprint changed since the previous build, or that has none.</summary>
    private async Task WriteGeneratedFilesAsync(CancellationToken cancellationToken)
    {
        var inputs = _selection.Fingerprints is { } fingerprints ? new GeneratedFileInputs(fingerprints.Config, fingerprints.Data, fingerprints.Listing, PagesByDocument()) : null;
        foreach (var file in _selection.Build.GeneratedFiles)
        {
            var fingerprint = inputs is null ? null : file.Fingerprint(inputs);
            _generated[file.OutputPath] = fingerprint;
            if (fingerprint is not null && _previous?.GeneratedFiles.GetValueOrDefault(file.OutputPath) == fingerprint
                && _writer.HashOf(file.OutputPath) is not null) continue;
            _writer.Write(file.OutputPath, await file.WriteAsync(_selection.Build.Renderer, cancellationToken));
        }
    }

    /// <summary>Every HTML page's links, checked; broken ones are reported to the build.</summary>
    public SiteLinks CheckLinks()
    {
        var links = SiteLinks.Check(Plan, _previous, _selection.EditedFrom is not null, _selection.Outputs, _selection.LinkChecker, _scanned);
        _selection.Build.ReportLinks(links.Broken());
        return links;
    }

    /// <summary>
    /// Every HTML page's external links requested (<c>--check-external</c>; the cache spares the recent ones), the dead
    /// ones reported to the build where they were written.
    /// </summary>
    /// <param name="network">The handler requests go through; null for the machine's network.</param>
    public async Task CheckExternalLinksAsync(SiteLinks links, HttpMessageHandler? network, CancellationToken cancellationToken)
    {
        var settings = _selection.Build.Settings;
        var external = ExternalLinks.Of(links.Links.Select(l => l.Links), _selection.LinkChecker, settings.ExternalLinks);
        var check = new ExternalLinkCheck(settings.ExternalLinks, network, TimeProvider.System);
        _selection.Build.ReportExternalLinks(await check.DeadLinksAsync(external, ExternalLinkCache.FileFor(settings.CacheFolder), cancellationToken));
    }

    /// <summary>What the destination holds once this build is in place, for the next build to compare with.</summary>
    public BuiltState State(SiteLinks links)
    {
        var hashes = new Dictionary<string, string>(_previous?.OutputHashes ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (output, hash) in _writer.Written) hashes[output] = hash;
        foreach (var gone in Removed) hashes.Remove(gone);
        var pages = _selection.Pages;
        var byOutput = new Dictionary<string, PageState>(pages.Length, StringComparer.Ordinal);
        for (var i = 0; i < pages.Length; i++) byOutput[Plan.Pages[i].Document.OutputPath] = pages[i];
        return new BuiltState(_source, _selection.Build, _selection.Fingerprints!, pages, BodyEditReaders.Of(pages), _selection.LinkChecker, byOutput, hashes, links.Indexed(),
            _generated, _selection.Outputs);
    }

    public IncrementalReport Report(Stopwatch clock)
    {
        var (content, plan, changed) = (_selection.Build.Content, Plan, _selection.Changed);
        var build = new BuildReport(_selection.Build.Settings.Destination, plan.Pages.Count, content.Posts.Count, plan.StaticFiles.Count, clock.Elapsed,
            _selection.Build.Errors.Warnings);
        return new IncrementalReport(build, changed.Select(i => plan.Pages[i].Document.OutputPath).Order(StringComparer.Ordinal).ToList(),
            plan.Pages.Count - changed.Count, Removed, _writer.Count(_selection.Outputs.Count) + Removed.Count, _selection.EditedFrom is not null);
    }

    /// <summary>The signature of the page that writes each document (the first, when two would).</summary>
    private Func<Document, string?> PagesByDocument()
    {
        var index = new Dictionary<Document, int>(Plan.Pages.Count, ReferenceEqualityComparer.Instance);
        for (var i = 0; i < Plan.Pages.Count; i++) index.TryAdd(Plan.Pages[i].Document, i);
        return document => index.TryGetValue(document, out var i) ? _selection.Pages[i].Signature : null;
    }
}
