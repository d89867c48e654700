using System.Globalization;
using Blog.Lab.Liquid;
using Blog.Lab.Results;
using Blog.Lab.Running;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary>
/// <c>lab run</c>: live progress (experiment, the wait for quiet or sample i/n, elapsed, ETA), then a table of what was
/// measured, a table of how quiet the machine was before each experiment, and how long the whole run took.
/// </summary>
public sealed class LabRunCommand(IAnsiConsole console) : LabCommand<LabRunSettings>(console)
{
    protected override async Task<int> RunAsync(LabSession session, LabRunSettings settings, CancellationToken cancellationToken)
    {
        var specs = LabSelection.Of(session, settings.Ids);
        var runner = new LabRunner(session.Catalogue, session.Store, new LabRunnerOptions { Settle = settings.Settle() });

        var report = await Console.Progress()
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
                    task.Description = Markup.Escape(p.Settling is { } settling
                        ? $"[{p.ExperimentIndex}/{p.ExperimentCount}] {p.ExperimentId}: waiting: {settling.Describe()}"
                        : $"[{p.ExperimentIndex}/{p.ExperimentCount}] {p.ExperimentId}: {p.Phase} {p.Sample}/{p.SampleCount}");
                    task.Value = Math.Max(0, p.Step - 1);
                });
                var result = await runner.RunAsync(specs, settings.Mode, progress, cancellationToken);
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
            Console.MarkupLine($"[red]{Markup.Escape(report.Refusal)}[/]");
            return 1;
        }
        foreach (var warning in report.Warnings) Console.MarkupLine($"[yellow]warning:[/] {Markup.Escape(warning)}");
        Console.Write(ResultsTable(report));
        if (ConditionsTable(report) is { } conditions) Console.Write(conditions);
        Console.MarkupLine(Markup.Escape(RunTime(report)));
        foreach (var failed in report.Experiments.Where(e => e.Outcome is RunOutcome.Failed or RunOutcome.Cancelled))
            Console.MarkupLine($"[red]{Markup.Escape(failed.Id)}: {Markup.Escape(failed.Message)}[/]");
        if (cancellationToken.IsCancellationRequested)
        {
            Console.MarkupLine($"[yellow]interrupted: run {Markup.Escape(report.RunId)} removed what it had started; the previous results are kept[/]");
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

    /// <summary>How quiet the machine was before each measured experiment, and how long the lab waited for it.</summary>
    private static Table? ConditionsTable(LabRunReport report)
    {
        var measured = report.Experiments.Where(e => e.Result?.Conditions is not null).Select(e => e.Result!).ToList();
        if (measured.Count == 0) return null;
        var table = new Table().Title("before each experiment")
            .AddColumns("experiment", "waited", "CPUs idle", "load: wait → start → end", "quiet");
        foreach (var result in measured)
        {
            var c = result.Conditions!;
            var load = result.Provenance.Load is { } l ? $"{Load(c.LoadAtWaitStart)} → {Load(l.Before)} → {Load(l.After)}" : Load(c.LoadAtWaitStart);
            var quiet = !c.Settled ? $"no: {c.Reason}"
                : result.MeasuredUnderLoad ? $"no: load above {Load(result.QuietLoadLimit)}"
                : "yes";
            table.AddRow(Markup.Escape(result.Id), Markup.Escape(ValueFormat.Elapsed(TimeSpan.FromSeconds(c.WaitedSeconds))),
                c.IdleShare is { } idle ? $"{idle * 100:0}%" : "unknown", Markup.Escape(load),
                c.Settled && !result.MeasuredUnderLoad ? quiet : $"[yellow]{Markup.Escape(quiet)}[/]");
        }
        return table;
    }

    /// <summary><c>run took 5 min 26 s, 1 min 40 s of it waiting for quiet</c>.</summary>
    private static string RunTime(LabRunReport report) =>
        $"run {report.RunId} took {ValueFormat.Elapsed(report.Elapsed)}" +
        (report.WaitedForQuiet > TimeSpan.Zero ? $", {ValueFormat.Elapsed(report.WaitedForQuiet)} of it waiting for quiet" : "");

    private static string Load(double load) => load.ToString("0.00", CultureInfo.InvariantCulture);

    /// <summary>Reports on the experiment's thread, in order (<see cref="Progress{T}"/> would post them to the thread pool).</summary>
    private sealed class ConsoleProgress(Action<LabProgress> report) : IProgress<LabProgress>
    {
        public void Report(LabProgress value) => report(value);
    }
}
