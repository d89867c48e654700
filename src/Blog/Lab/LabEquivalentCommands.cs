using Blog.Lab.Experiments;
using Blog.Lab.Results;

namespace Blog.Cli.Lab;

/// <summary>
/// <c>lab commands --dir DIR</c>: for every experiment with an equivalent shell command, one tab-separated
/// line <c>id, metric, unit, lab median, command</c>, with any files the command needs prepared in DIR.
/// bench/lab-validity.sh times the commands with hyperfine and compares.
/// </summary>
internal static class LabEquivalentCommands
{
    public static async Task<int> RunAsync(LabWorkspace workspace, LabArguments arguments, CancellationToken cancellationToken)
    {
        var directory = Path.GetFullPath(arguments.Directory!);
        Directory.CreateDirectory(directory);
        foreach (var spec in workspace.Select(arguments.Ids))
        {
            var experiment = workspace.Catalogue.Experiment(spec.Kind)!;
            // Prepared first: a command may depend on what preparing finds (QEMU's accelerator).
            var folder = Path.Combine(directory, spec.Id);
            if (experiment is IPreparesWorkFiles prepares) await prepares.PrepareAsync(spec, folder, cancellationToken);
            if (workspace.Catalogue.EquivalentCommand(spec) is not { } command) continue;
            command = command.Replace(IPreparesWorkFiles.Placeholder, folder);
            var result = await workspace.Store.ReadAsync(spec.Id, cancellationToken);
            // The metric the command measures; "-" for an empty field: shells split on runs of tabs.
            var metric = experiment.EquivalentMetric(spec) ?? result?.Metrics.Keys.FirstOrDefault() ?? "-";
            var value = result is not null && result.Metrics.TryGetValue(metric, out var v) ? v : null;
            var median = value is null ? "-" : value.Summary.Median.ToString("R", System.Globalization.CultureInfo.InvariantCulture);
            // Plain stdout, not Spectre: the script reads it.
            Console.Out.WriteLine(string.Join('\t', spec.Id, metric, value?.Unit ?? "-", median, command));
        }
        return 0;
    }
}
