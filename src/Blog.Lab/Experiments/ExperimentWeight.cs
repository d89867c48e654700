namespace Blog.Lab.Experiments;

/// <summary>
/// How hard an experiment works the machine, and so how long its aftermath lasts: the runner measures the light ones
/// first, on a machine nothing of the run has loaded yet, and the heavy ones last, each after a wait for quiet.
/// </summary>
public enum ExperimentWeight
{
    /// <summary>One short-lived process or container at a time, mostly waiting: start-up, idle memory, facts.</summary>
    Light,
    /// <summary>Keeps CPUs busy for seconds (a CPU loop) or runs many containers at once (density).</summary>
    Heavy,
    /// <summary>Boots virtual machines: under TCG every boot is seconds of a CPU emulating another.</summary>
    Heaviest,
}
