using System.Diagnostics;

namespace Blog.Lab.Liquid;

/// <summary>
/// The seam's activities, for a tracer (<c>dotnet-trace</c>, an <see cref="ActivityListener"/>): each read of a site's
/// declared specs is one <see cref="SpecsRead"/> activity tagged with the source folder, and a build should do it once.
/// A build's read takes the pages from the site's (no config parsed, no folder walked: <c>Blog.Site</c>'s own trace
/// counts those); the lab's commands' read parses the config and walks the source.
/// </summary>
public static class LabTrace
{
    public const string Name = "Blog.Lab.Liquid";
    public const string SpecsRead = "lab.specs.read";
    public const string SourceTag = "source";

    internal static readonly ActivitySource Source = new(Name);
}
