namespace Blog.Lab.Experiments.Processes;

/// <summary>Every process workload: each program of <see cref="ProcessPrograms.All"/> × start-up and idle memory.</summary>
public static class ProcessWorkloads
{
    public static IReadOnlyList<IExperiment> All { get; } =
    [
        .. ProcessPrograms.All.SelectMany(p => new IExperiment[]
        {
            new ProcessWorkloadExperiment(p, ProcessWorkload.Start),
            new ProcessWorkloadExperiment(p, ProcessWorkload.IdleMemory),
        }),
    ];
}
