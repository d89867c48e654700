using Blog.Lab.Specs;

namespace Blog.Lab.Experiments;

/// <summary>
/// An experiment whose <see cref="IExperiment.EquivalentCommand"/> refers to files under <c>$LAB_WORK</c>
/// (a compiled class, say): it can put them into a folder so the command runs outside the lab too.
/// </summary>
public interface IPreparesWorkFiles
{
    /// <summary>The placeholder the equivalent command uses for the folder.</summary>
    const string Placeholder = "$LAB_WORK";

    /// <summary>Readies <paramref name="spec"/>'s command's files in <paramref name="directory"/> (and what it runs on: the spec's engine).</summary>
    Task PrepareAsync(ExperimentSpec spec, string directory, CancellationToken cancellationToken);
}
