using Blog.Site.Build.Session;
using Blog.Site.Checks;
using Blog.Site.Content;
using Blog.Site.Diagnostics;
using Blog.Site.Extensions;
using Blog.Site.Outputs.Images;
using Blog.Site.Rendering.Liquid;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// What a build will write: its preparation, every page's state (in plan order), the pages to render, every output,
/// and the link index to check them with.
/// </summary>
/// <param name="Fingerprints">Null for a build that keeps nothing for a next one: it renders every page.</param>
/// <param name="Changed">The indices, in the plan, of the pages to render.</param>
/// <param name="EditedFrom">The previous build's plan, when this one is that plan with edited documents in it.</param>
internal sealed record PageSelection(PreparedBuild Build, PageFingerprints? Fingerprints, PageState[] Pages, IReadOnlyList<int> Changed,
    IReadOnlySet<string> Outputs, LinkChecker LinkChecker, OutputPlan? EditedFrom)
{
    /// <summary>
    /// Plans the site, and fingerprints every page when <paramref name="fingerprints"/> are given, from what its last
    /// render read: a page whose inputs are the same records as last time keeps its fingerprint, the others are hashed.
    /// Without them (a build that keeps nothing, which has nothing to compare with), every page is rendered, and so is
    /// a page the previous build did not render.
    /// </summary>
    public static PageSelection All(SourceSnapshot source, BuiltState? previous, ExtensionSet extensions, ErrorCollector errors, JekyllParser parser,
        ImageCache images, Func<SiteContent, PageFingerprints>? fingerprints, BuildTrace trace, CancellationToken cancellationToken)
    {
        var build = PreparedBuild.From(errors, source.Settings, source.Content, extensions.All, trace, parser, images, cancellationToken);
        var plan = build.Plan;
        var allOutputs = build.AllOutputPaths.ToHashSet(StringComparer.Ordinal);
        var pages = new PageState[plan.Pages.Count];
        var render = new bool[plan.Pages.Count];
        var known = fingerprints?.Invoke(build.Content);
        if (known is null) Array.Fill(pages, PageState.Unknown);
        else
        {
            trace.Mark("fingerprints setup");
            Parallel.For(0, plan.Pages.Count, BuildParallelism.Options(cancellationToken), i =>
            {
                var page = plan.Pages[i];
                (pages[i], render[i]) = Fingerprint(known, page, previous?.Pages.GetValueOrDefault(page.Document.OutputPath), extensions);
            });
        }
        trace.Mark("page fingerprints");
        // Resolving links needs an index of every output: the last build's serves while the files and settings are the same.
        var checker = previous is not null && ReferenceEquals(previous.Build.Settings, build.Settings) && previous.Outputs.SetEquals(allOutputs)
            ? previous.LinkChecker
            : new LinkChecker(build.Settings, allOutputs);
        return new PageSelection(build, known, pages, known is null ? Enumerable.Range(0, pages.Length).ToList() : ToRender(render), allOutputs,
            checker, null);
    }

    /// <summary>
    /// For an edit of documents' bodies only (each edited document's metadata hashes as before): the previous build's
    /// plan with the new records in it, and new fingerprints for the pages that may have changed: those whose page,
    /// pager or archive holds an edited document, those that read an edited neighbour, those listing every document's
    /// body, and those always rendered. Every other page's inputs are the previous build's records, so its fingerprint
    /// stands. Null when the edit is not of this kind (a full plan is then made).
    /// </summary>
    public static PageSelection? AfterBodyEdits(SourceSnapshot source, Replacements<Document> edits, BuiltState previous,
        DocumentHashes documents, ExtensionSet extensions, ErrorCollector errors, JekyllParser parser, BuildTrace trace)
    {
        if (edits.Any(e => documents.Metadata(e.Key) != documents.Metadata(e.Value))) return null;
        var before = previous.Build.Plan;
        if (EditedPlan.Apply(before, edits) is not { } plan) return null;
        var build = previous.Build.WithEditedBodies(errors, source.Content, plan, extensions.All, parser);
        // An extension's files that moved change the site's set of files: the output checks are made again.
        if (!build.GeneratedFiles.Select(f => f.OutputPath).SequenceEqual(previous.Build.GeneratedFiles.Select(f => f.OutputPath))) return null;
        var fingerprints = previous.Fingerprints.WithEditedBodies(build.Content);
        trace.Mark("plan (bodies edited)");
        // Every page is as the previous build left it but those the edit may change: the pages the edited plan replaced
        // (comparing two arrays of references, no page looked into) and those the previous build found reading an
        // edited document, or always looked at again.
        var pages = (PageState[])previous.PageStates.Clone();
        var render = new bool[plan.Pages.Count];
        var again = new SortedSet<int>(previous.Readers.Of(edits.Keys));
        for (var i = 0; i < pages.Length; i++)
            if (!ReferenceEquals(plan.Pages[i], before.Pages[i])) again.Add(i);
        bool Edited(Document? document) => document is not null && edits.ContainsKey(document);
        foreach (var i in again)
        {
            var (page, known) = (plan.Pages[i], previous.PageStates[i]);
            if (ReferenceEquals(page, before.Pages[i]) && known is { Fingerprint: not null, Inputs: { } inputs } && !inputs.ListsBodies
                && !inputs.Neighbours.Any(Edited) && !known.ReadsChanged(extensions))
                continue;
            (pages[i], render[i]) = Fingerprint(fingerprints, page, known, extensions);
        }
        trace.Mark("page fingerprints");
        return new PageSelection(build, fingerprints, pages, ToRender(render), previous.Outputs, previous.LinkChecker, before);
    }

    /// <summary>
    /// The page's state now, and whether it must be rendered: its fingerprint is made of what its last render read, and
    /// is the known one when those inputs are the same records; a page without one (null) is always rendered, and so is
    /// one the previous build did not render (nothing is known of what it reads) and one that read an extension's value
    /// whose version changed since.
    /// </summary>
    private static (PageState State, bool Render) Fingerprint(PageFingerprints fingerprints, PlannedPage page, PageState? known, ExtensionSet extensions)
    {
        if (known?.Site is not { } read) return (PageState.Unknown, true);
        var inputs = fingerprints.InputsOf(page, read);
        var fingerprint = known is { Fingerprint: not null, Inputs: { } before } && before.SameAs(inputs) ? known.Fingerprint : fingerprints.Of(page, inputs);
        var render = fingerprint is null || known.Fingerprint != fingerprint || known.ReadsChanged(extensions);
        return (known with { Inputs = inputs, Fingerprint = fingerprint }, render);
    }

    /// <summary>The indices, in the plan, of the pages to render.</summary>
    private static List<int> ToRender(bool[] render) => Enumerable.Range(0, render.Length).Where(i => render[i]).ToList();
}
