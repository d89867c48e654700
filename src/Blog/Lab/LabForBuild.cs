using Blog.Lab;
using Blog.Lab.Liquid;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Running;
using Blog.Site.Extensions;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary>
/// The lab's part in a site build (<c>blog [--lab auto|frozen|force]</c>): once the site is read, read the lab from what
/// it read (<see cref="SiteRead"/>: one parse of the config, one walk of the source for both), measure first when asked
/// (<c>auto</c>, the default: only what is missing or stale; <c>force</c>: everything; either only where its runtimes
/// are here) before any page renders, then hand the site the extension made from the same session, reading the stored
/// results. <c>frozen</c> never starts anything.
/// </summary>
public static class LabForBuild
{
    /// <summary>The lab's extension, or null for a site that has no lab (no <c>_lab/</c> folder, no page declaring experiments).</summary>
    /// <param name="settle">How to wait for a quiet machine before each experiment; by default as <c>lab run</c> does.</param>
    /// <param name="site">The site as the build read it.</param>
    public static async Task<ISiteExtension?> PrepareAsync(
        SiteRead site, LabMode mode, IAnsiConsole console, CancellationToken cancellationToken, SettlePolicy? settle = null)
    {
        var session = await LabSession.LoadForBuildAsync(site, cancellationToken);
        if (!session.Declared) return null;
        if (mode != LabMode.Frozen && session.Specs.Count > 0)
        {
            var options = new LabRunnerOptions { Settle = settle ?? SettlePolicy.For(Environment.ProcessorCount), MeasureWhatCanRunHere = true };
            var report = await new LabRunner(session.Catalogue, session.Store, options).RunAsync(
                session.Specs, mode, new LineProgress(console), cancellationToken);
            foreach (var w in report.Warnings) console.MarkupLine($"[yellow]lab: warning: {Markup.Escape(w)}[/]");
            foreach (var e in report.Experiments.Where(e => e.Outcome is RunOutcome.Failed))
                console.MarkupLine($"[red]lab: {Markup.Escape(e.Id)}: {Markup.Escape(e.Message)}[/]");
            cancellationToken.ThrowIfCancellationRequested();
        }
        return await session.ExtensionAsync(cancellationToken);
    }

    /// <summary>
    /// One line per experiment started, and one when the lab has to wait for quiet before it: the build's output stays
    /// a log, not a live display.
    /// </summary>
    private sealed class LineProgress(IAnsiConsole console) : IProgress<LabProgress>
    {
        private string? _waitingFor;

        public void Report(LabProgress value)
        {
            if (value.Settling is { Busy: true } settling && _waitingFor != value.ExperimentId)
            {
                _waitingFor = value.ExperimentId;
                console.MarkupLine(Markup.Escape($"lab: [{value.ExperimentIndex}/{value.ExperimentCount}] waiting up to " +
                    $"{ValueFormat.Elapsed(settling.Policy.Timeout)} for quiet before {value.ExperimentId}: {settling.Describe()}"));
            }
            if (value.Step == 1)
                console.MarkupLine(Markup.Escape($"lab: [{value.ExperimentIndex}/{value.ExperimentCount}] measuring {value.ExperimentId} ({value.StepCount} runs)"));
        }
    }
}
