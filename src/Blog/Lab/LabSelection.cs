using Blog.Lab.Liquid;
using Blog.Lab.Specs;

namespace Blog.Cli.Lab;

/// <summary>The specs a <c>lab</c> command was asked about.</summary>
internal static class LabSelection
{
    /// <summary>The specs named by <paramref name="ids"/> (all when none); an unknown id is a usage error listing the known ones.</summary>
    public static IReadOnlyList<ExperimentSpec> Of(LabSession session, IReadOnlyList<string> ids)
    {
        if (ids.Count == 0) return session.Specs;
        var unknown = ids.Where(id => session.Specs.All(s => s.Id != id)).ToList();
        if (unknown.Count > 0)
            throw new LabUsageException($"no experiment {string.Join(", ", unknown)} in {session.Paths.SpecsDirectory} or in a page's lab: front matter (declared: {string.Join(", ", session.Specs.Select(s => s.Id))})");
        return ids.Distinct().Select(id => session.Specs.Single(s => s.Id == id)).ToList();
    }
}

/// <summary>A mistake in what a <c>lab</c> command was asked (exit code 2), found once the specs are read.</summary>
internal sealed class LabUsageException(string message) : Exception(message);
