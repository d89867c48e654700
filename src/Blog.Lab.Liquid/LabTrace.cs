using System.Diagnostics;

namespace Blog.Lab.Liquid;

/// <summary>
/// The seam's activities, for a tracer (<c>dotnet-trace</c>, an <see cref="ActivityListener"/>): each read of a site's
/// declared specs is one <see cref="SpecsRead"/> activity tagged with the source folder, since a read parses the config
/// and walks the whole source, and a build should do it once.
/// </summary>
public static class LabTrace
{
    public const string Name = "Blog.Lab.Liquid";
    public const string SpecsRead = "lab.specs.read";
    public const string SourceTag = "source";

    internal static readonly ActivitySource Source = new(Name);
}
