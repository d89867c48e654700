using Blog.Lab.Specs;
using Blog.Site.Diagnostics;

namespace Blog.Lab.Liquid.Specs;

/// <summary>
/// Every experiment a site declares: the files in <c>_lab/</c> and the <c>lab:</c> front matter of its pages,
/// loaded together so an id declared twice, anywhere, is an error at the second place. The build, the lab's
/// command line and staleness all start from here.
/// </summary>
public static class DeclaredSpecs
{
    /// <summary>Throws <see cref="SpecException"/> with every error, positioned in the file (page or YAML) that has it.</summary>
    public static async Task<IReadOnlyList<ExperimentSpec>> LoadAsync(string sourceDirectory, IReadOnlyCollection<string> knownKinds, CancellationToken cancellationToken)
    {
        var files = await SpecSource.ReadDirectoryAsync(new LabPaths(sourceDirectory).SpecsDirectory, cancellationToken);
        var pages = await PageSpecSources.ReadAsync(sourceDirectory, cancellationToken);
        return new SpecLoader(knownKinds).Load([.. files, .. pages]);
    }

    /// <summary>Spec errors as the site prints its own: paths relative to the source folder.</summary>
    public static BuildFailedException AsBuildFailure(SpecException e, string sourceDirectory) =>
        new(e.Errors.Select(x => new BuildError(
            new SourcePosition(Path.GetRelativePath(sourceDirectory, x.Path).Replace('\\', '/'), x.Line, x.Column), x.Message)).ToList());
}
