namespace Blog.Lab.Experiments;

/// <summary>Progress of one experiment: which sample of how many, for the live display.</summary>
public sealed record SampleProgress(string ExperimentId, string Phase, int Index, int Total);

/// <summary>
/// What the lab gives every experiment of one run: the run's id (every container, image and VM it starts
/// carries it as a label/name so <c>lab clean</c> can find leftovers), a private work folder removed
/// after the run, and a progress sink.
/// </summary>
public sealed record LabContext(string RunId, string WorkDirectory, IProgress<SampleProgress> Progress)
{
    /// <summary>Docker label put on everything the lab creates.</summary>
    public const string Label = "blog.lab";
    /// <summary>Docker label whose value is the run id.</summary>
    public const string RunLabel = "blog.lab.run";
}
