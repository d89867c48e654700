using Blog.Lab;
using Blog.Lab.Liquid;
using Blog.Lab.Liquid.Specs;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Specs;
using Blog.Lab.Running;
using Blog.Site.Extensions;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary>
/// The lab's part in a site build (<c>blog [--lab frozen|run-missing|force]</c>): measure first when asked
/// (only what is missing or stale, and only where its runtimes are here), then hand the site the extension
/// that reads the stored results. <c>frozen</c>, the default, never starts anything.
/// </summary>
public static class LabForBuild
{
    public const string Frozen = "frozen";
    public const string RunMissing = "run-missing";
    public const string Force = "force";

    /// <summary>The lab's extension, or null for a site that has no lab (no <c>_lab/</c> folder, no page declaring experiments).</summary>
    /// <param name="settle">How to wait for a quiet machine before each experiment; by default as <c>lab run</c> does.</param>
    public static async Task<ISiteExtension?> PrepareAsync(
        string sourceDirectory, string mode, IAnsiConsole console, CancellationToken cancellationToken, SettlePolicy? settle = null)
    {
        var labMode = mode switch
        {
            Frozen => LabMode.Frozen,
            RunMissing => LabMode.Auto,
            Force => LabMode.Force,
            _ => throw new ArgumentException($"--lab {mode}: expected {Frozen}, {RunMissing} or {Force}"),
        };
        if (labMode != LabMode.Frozen && await LoadWorkspaceAsync(sourceDirectory, cancellationToken) is { Specs.Count: > 0 } workspace)
        {
            var options = new LabRunnerOptions { Settle = settle ?? SettlePolicy.For(Environment.ProcessorCount) };
            var report = await new LabRunner(workspace.Catalogue, workspace.Store, options).RunAsync(
                workspace.Specs, labMode, new LineProgress(console), cancellationToken);
            if (report.Refusal is not null) console.MarkupLine($"[yellow]lab: {Markup.Escape(report.Refusal)}[/]");
            foreach (var w in report.Warnings) console.MarkupLine($"[yellow]lab: warning: {Markup.Escape(w)}[/]");
            foreach (var e in report.Experiments.Where(e => e.Outcome is RunOutcome.Failed))
                console.MarkupLine($"[red]lab: {Markup.Escape(e.Id)}: {Markup.Escape(e.Message)}[/]");
            cancellationToken.ThrowIfCancellationRequested();
        }
        var lab = await LabExtension.LoadAsync(sourceDirectory, cancellationToken);
        return lab.Data.Specs.Count == 0 && !Directory.Exists(new LabPaths(sourceDirectory).SpecsDirectory) ? null : lab;
    }

    /// <summary>Spec errors stop the build like the site's own errors, positioned, all of them.</summary>
    private static async Task<LabWorkspace> LoadWorkspaceAsync(string sourceDirectory, CancellationToken cancellationToken)
    {
        try
        {
            return await LabWorkspace.LoadAsync(sourceDirectory, cancellationToken, specPathsShownAs: "");
        }
        catch (SpecException e)
        {
            throw DeclaredSpecs.AsBuildFailure(e);
        }
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
