using System.Diagnostics;
using Blog.Site.Checks;
using Blog.Site.Config;
using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Rendering;

namespace Blog.Site.Build.Incremental;

/// <summary>What one incremental build did: the usual report, and how many pages it rendered or kept.</summary>
public sealed record IncrementalReport(BuildReport Build, IReadOnlyList<string> Rendered, int Kept, IReadOnlyList<string> Removed);

/// <summary>
/// The builds of one <c>serve</c> session. The stages are <see cref="SiteBuilder"/>'s (config, content, plan, render,
/// link checks, site files); what differs is what is written. The first build renders every page and swaps the site
/// in; later ones render only the pages whose <see cref="PageFingerprints">fingerprint</see> changed, stage those,
/// and move them into the destination once the whole build succeeded, deleting outputs that no longer exist. A
/// failed build writes nothing, and the fingerprints stay those of the site still in the destination.
/// </summary>
public sealed class IncrementalSiteBuilder(IReadOnlyList<ISiteExtension> extensions)
{
    private BuiltSite? _last;

    public async Task<IncrementalReport> BuildAsync(BuildOptions options, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var build = await PreparedBuild.PrepareAsync(options, extensions, cancellationToken);
        var (errors, settings, content, plan, renderer, siteFiles) =
            (build.Errors, build.Settings, build.Content, build.Plan, build.Renderer, build.SiteFiles);
        var allOutputs = build.AllOutputPaths.ToHashSet(StringComparer.Ordinal);

        var previous = _last is { } last && last.Destination == settings.Destination && Directory.Exists(settings.Destination) ? last : null;
        var fingerprints = new PageFingerprints(content, plan.Pages);
        var pageHashes = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var page in plan.Pages) pageHashes[page.Document.OutputPath] = fingerprints.Of(page);
        var fileHashes = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in plan.StaticFiles)
            fileHashes[file.OutputPath] = ContentHash.Of(file.RelativePath, Convert.ToHexString(
                System.Security.Cryptography.SHA256.HashData(await File.ReadAllBytesAsync(file.FullPath, cancellationToken))));

        var changedPages = plan.Pages.Where(p => previous is null || !previous.IsSame(p.Document.OutputPath, pageHashes[p.Document.OutputPath])).ToList();
        var changedFiles = plan.StaticFiles.Where(f => previous is null || !previous.IsSame(f.OutputPath, fileHashes[f.OutputPath])).ToList();
        var removed = previous?.Outputs.Where(o => !allOutputs.Contains(o)).ToList() ?? [];

        await using var staging = StagingFolder.Create(settings.Destination);
        var links = new LinkChecker(settings, allOutputs);
        var changedPaths = changedPages.Select(p => p.Document.OutputPath).ToHashSet(StringComparer.Ordinal);
        await Parallel.ForEachAsync(plan.Pages, SiteBuilder.Parallelism(cancellationToken), async (page, ct) =>
        {
            var outputPath = page.Document.OutputPath;
            bool render = changedPaths.Contains(outputPath);
            // Links are checked across the whole site whenever anything changed: an unchanged page may point at
            // an anchor or a page that the change removed.
            if (!render && (changedPaths.Count == 0 && removed.Count == 0 || !SiteBuilder.IsHtml(outputPath))) return;
            var html = render
                ? await renderer.RenderPageAsync(page.Document, page.Pager, ct)
                : await File.ReadAllTextAsync(Path.Combine(settings.Destination, outputPath), ct);
            if (SiteBuilder.IsHtml(outputPath)) links.Inspect(outputPath, html);
            if (render) await staging.WriteTextAsync(outputPath, html, ct);
        });
        await Parallel.ForEachAsync(changedFiles, SiteBuilder.Parallelism(cancellationToken),
            async (file, ct) => await staging.CopyFileAsync(file.FullPath, file.OutputPath, ct));
        foreach (var file in siteFiles)
            await staging.WriteTextAsync(file.OutputPath, await file.Render(renderer, cancellationToken), cancellationToken);

        build.ReportLinks(links);
        errors.ThrowIfAny();

        // Until the moves are done the destination matches neither fingerprint set: if they fail, the next build is a full one.
        _last = null;
        if (previous is null) staging.Commit();
        else await MoveIntoAsync(staging.Path, settings.Destination, removed, cancellationToken);
        _last = new BuiltSite(settings.Destination, pageHashes, fileHashes, allOutputs);

        var report = new BuildReport(settings.Destination, plan.Pages.Count, content.Posts.Count, plan.StaticFiles.Count, clock.Elapsed, errors.Warnings);
        return new IncrementalReport(report, changedPages.Select(p => p.Document.OutputPath).Order(StringComparer.Ordinal).ToList(),
            plan.Pages.Count - changedPages.Count, removed);
    }

    /// <summary>Moves every staged file over its old version and deletes the outputs the site no longer has.</summary>
    private static Task MoveIntoAsync(string staged, string destination, IReadOnlyList<string> removed, CancellationToken cancellationToken)
    {
        foreach (var file in Directory.EnumerateFiles(staged, "*", SearchOption.AllDirectories))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var target = Path.Combine(destination, Path.GetRelativePath(staged, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Move(file, target, overwrite: true);
        }
        foreach (var output in removed)
        {
            var target = Path.Combine(destination, output);
            File.Delete(target);
            // Jekyll's clean build has no empty folders: remove the ones the deletion emptied.
            for (var folder = Path.GetDirectoryName(target); folder is not null && folder != destination
                 && Directory.Exists(folder) && !Directory.EnumerateFileSystemEntries(folder).Any(); folder = Path.GetDirectoryName(folder))
                Directory.Delete(folder);
        }
        return Task.CompletedTask;
    }

    /// <summary>What the destination holds now: the fingerprint of every output it was written from.</summary>
    private sealed record BuiltSite(
        string Destination,
        IReadOnlyDictionary<string, string?> Pages,
        IReadOnlyDictionary<string, string> Files,
        IReadOnlySet<string> Outputs)
    {
        public bool IsSame(string outputPath, string? hash) =>
            hash is not null && (Pages.TryGetValue(outputPath, out var page) ? page == hash : Files.GetValueOrDefault(outputPath) == hash);
    }
}
