using Blog.Lab.Results;
using Blog.Lab.Running;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary><c>lab run</c>: live progress (experiment, sample i/n, elapsed, ETA), then a table of what was measured.</summary>
internal static class LabRunView
{
    public static async Task<int> RunAsync(IAnsiConsole console, LabWorkspace workspace, LabArguments arguments, CancellationToken cancellationToken)
    {
        var specs = workspace.Select(arguments.Ids);
        var runner = new LabRunner(workspace.Catalogue, workspace.Store);
        var mode = arguments.Force ? LabMode.Force : LabMode.Missing;

        var report = await console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(),
                new ElapsedTimeColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(async context =>
            {
                var tasks = new Dictionary<string, ProgressTask>(StringComparer.Ordinal);
                var progress = new ConsoleProgress(p =>
                {
                    if (!tasks.TryGetValue(p.ExperimentId, out var task))
                        tasks[p.ExperimentId] = task = context.AddTask(p.ExperimentId, maxValue: p.StepCount);
                    task.Description = Markup.Escape(
                        $"[{p.ExperimentIndex}/{p.ExperimentCount}] {p.ExperimentId}: {p.Phase} {p.Sample}/{p.SampleCount}");
                    task.Value = p.Step - 1;
                });
                var result = await runner.RunAsync(specs, mode, progress, cancellationToken);
                foreach (var (id, task) in tasks)
                {
                    var outcome = result.Experiments.FirstOrDefault(e => e.Id == id)?.Outcome;
                    if (outcome == RunOutcome.Measured) task.Value = task.MaxValue;
                    task.StopTask();
                }
                return result;
            });

        if (report.Refusal is not null)
        {
            console.MarkupLine($"[red]{Markup.Escape(report.Refusal)}[/]");
            return 1;
        }
        foreach (var warning in report.Warnings) console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        console.Write(ResultsTable(report));
        foreach (var failed in report.Experiments.Where(e => e.Outcome is RunOutcome.Failed or RunOutcome.Cancelled))
            console.MarkupLine($"[red]{Markup.Escape(failed.Id)}: {Markup.Escape(failed.Message)}[/]");
        if (cancellationToken.IsCancellationRequested)
        {
            console.MarkupLine($"[yellow]interrupted: run {Markup.Escape(report.RunId)} removed what it had started; the previous results are kept[/]");
            return 130;
        }
        return report.Succeeded ? 0 : 1;
    }

    private static Table ResultsTable(LabRunReport report)
    {
        var table = new Table().Title($"run {report.RunId}")
            .AddColumns("experiment", "metric", "median", "IQR", "95% CI", "n", "outcome");
        foreach (var run in report.Experiments)
        {
            if (run.Result is null)
            {
                table.AddRow(Markup.Escape(run.Id), "", "", "", "", "", Markup.Escape(run.Outcome.ToString().ToLowerInvariant()));
                continue;
            }
            foreach (var (name, metric) in run.Result.Metrics)
            {
                var s = metric.Summary;
                table.AddRow(Markup.Escape(run.Id), Markup.Escape(name),
                    Markup.Escape(ValueFormat.Of(s.Median, metric.Unit)),
                    Markup.Escape(ValueFormat.Of(s.Iqr, metric.Unit)),
                    Markup.Escape($"{ValueFormat.Of(s.CiLow, metric.Unit)} – {ValueFormat.Of(s.CiHigh, metric.Unit)}"),
                    s.N.ToString(),
                    Markup.Escape(run.Outcome.ToString().ToLowerInvariant()));
            }
        }
        return table;
    }

    /// <summary>Reports on the experiment's thread, in order (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class ConsoleProgress(Action<LabProgress> report) : IProgress<LabProgress>
    {
        public void Report(LabProgress value) => report(value);
    }
}
