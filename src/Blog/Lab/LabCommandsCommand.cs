using Blog.Lab.Experiments;
using Blog.Lab.Liquid;
using Blog.Lab.Results;
using Spectre.Console;

namespace Blog.Cli.Lab;

/// <summary>
/// <c>lab commands --dir DIR</c>: for every experiment with an equivalent shell command, one tab-separated
/// line <c>id, metric, unit, lab median, command</c>, with any files the command needs prepared in DIR.
/// bench/lab-validity.sh times the commands with hyperfine and compares.
/// </summary>
public sealed class LabCommandsCommand(IAnsiConsole console) : LabCommand<LabCommandsSettings>(console)
{
    protected override async Task<int> RunAsync(LabSession session, LabCommandsSettings settings, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(settings.Directory!);
        Directory.CreateDirectory(directory);
        foreach (var spec in LabSelection.Of(session, settings.Ids))
        {
            var experiment = session.Catalogue.Experiment(spec.Kind)!;
            // Prepared first: a command may depend on what preparing finds (QEMU's accelerator).
            var folder = Path.Combine(directory, spec.Id);
            if (experiment is IPreparesWorkFiles prepares) await prepares.PrepareAsync(spec, folder, cancellationToken);
            if (session.Catalogue.EquivalentCommand(spec) is not { } command) continue;
            command = command.Replace(IPreparesWorkFiles.Placeholder, folder);
            var result = await session.Store.ReadAsync(spec.Id, cancellationToken);
            // The metric the command measures; "-" for an empty field: shells split on runs of tabs.
            var metric = experiment.EquivalentMetric(spec) ?? result?.Metrics.Keys.FirstOrDefault() ?? "-";
            var value = result is not null && result.Metrics.TryGetValue(metric, out var v) ? v : null;
            var median = value is null ? "-" : value.Summary.Median.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            // Plain stdout, not Spectre: the script reads it.
            System.Console.Out.WriteLine(string.Join('\t', spec.Id, metric, value?.Unit ?? "-", median, command));
        }
        return 0;
    }
}
