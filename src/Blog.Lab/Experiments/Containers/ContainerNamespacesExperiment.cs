using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Experiments.Containers;

/// <summary>
/// Which namespaces a container gets of its own: the <c>/proc/self/ns/*</c> links inside a container against
/// the lab's own (the host's). A link that differs is a namespace the container does not share with the host.
/// Needs a local engine (the links of a remote host cannot be read from here).
/// </summary>
public sealed class ContainerNamespacesExperiment(IContainerEngines engines) : ContainerExperiment(engines)
{
    private const string ListLinks = "for f in /proc/self/ns/*; do echo \"${f##*/} $(readlink $f)\"; done";

    public override string Kind => "container-namespaces";
    public override string? EquivalentCommand(ExperimentSpec spec) =>
        $"{Commands(spec).Run(ContainerParameters.Limits(spec), "sh -c " + ShellWords.Quote(ListLinks))}; ls -l /proc/self/ns";

    public override string? EquivalentMetric(ExperimentSpec spec) => "isolated_count";

    protected override async Task<ExperimentOutcome> MeasureAsync(
        ExperimentSpec spec, LabContext context, IContainerBench bench, CancellationToken cancellationToken)
    {
        if (!bench.Host.IsLocal)
            throw new InvalidOperationException(
                $"{spec.Id}: the engine at {bench.Host.Endpoint} is remote; its host's namespaces cannot be read from here");
        var host = HostLinks();
        // Each sample is a new container: its own namespaces have new ids, the shared ones the host's.
        var comparisons = await new Sampler(spec, context).CollectAsync(async sample =>
        {
            var run = await bench.RunToExitAsync(ContainerParameters.Limits(spec), ["sh", "-c", ListLinks], sample);
            if (run.Exit.ExitCode != 0)
                throw new InvalidOperationException($"listing namespaces in a container exited with {run.Exit.ExitCode}: {run.Output.StandardError.Trim()}");
            var inside = Parse(run.Output.StandardOutput);
            return inside.Keys.Intersect(host.Keys).Order(StringComparer.Ordinal)
                .ToDictionary(k => k, k => inside[k] != host[k], StringComparer.Ordinal);
        }, cancellationToken);
        var kinds = comparisons[^1].Keys.ToList();
        if (comparisons.Any(c => !c.OrderBy(p => p.Key).SequenceEqual(comparisons[^1].OrderBy(p => p.Key))))
            throw new InvalidOperationException("containers of the same image got different sets of namespaces");
        var isolated = kinds.Where(k => comparisons[^1][k]).ToList();
        var shared = kinds.Where(k => !comparisons[^1][k]).ToList();

        var facts = new Dictionary<string, string>
        {
            ["isolated"] = string.Join(' ', isolated),
            ["shared"] = string.Join(' ', shared),
        };
        foreach (var k in kinds) facts["ns_" + k] = comparisons[^1][k] ? "own" : "host's";
        return new ExperimentOutcome(new Dictionary<string, MetricSamples>
        {
            ["isolated_count"] = new("count", [.. comparisons.Select(c => (double)c.Count(p => p.Value))], "namespaces the container does not share with the host"),
            ["shared_count"] = new("count", [.. comparisons.Select(c => (double)c.Count(p => !p.Value))], "namespaces the container shares with the host"),
        }, facts);
    }

    /// <summary>Namespace kind → link (e.g. <c>net</c> → <c>net:[4026532182]</c>); the <c>*_for_children</c> twins left out.</summary>
    private static Dictionary<string, string> Parse(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', 2))
            .Where(p => p.Length == 2 && !p[0].EndsWith("_for_children", StringComparison.Ordinal))
            .ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);

    private static Dictionary<string, string> HostLinks() =>
        new DirectoryInfo("/proc/self/ns").EnumerateFileSystemInfos()
            .Where(f => !f.Name.EndsWith("_for_children", StringComparison.Ordinal) && f.LinkTarget is not null)
            .ToDictionary(f => f.Name, f => f.LinkTarget!, StringComparer.Ordinal);
}
