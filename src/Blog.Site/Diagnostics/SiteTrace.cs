using System.Diagnostics;

namespace Blog.Site.Diagnostics;

/// <summary>
/// The reads a build should do once, for a tracer (<c>dotnet-trace</c>, an <see cref="ActivityListener"/>): each parse of
/// a site's config is one <see cref="ConfigRead"/> activity, each walk of its source folder one <see cref="SourceWalk"/>,
/// both tagged with the source folder. Extensions that read the same source get what the site read
/// (<see cref="Extensions.SiteRead"/>) instead of reading it again.
/// </summary>
public static class SiteTrace
{
    public const string Name = "Blog.Site";
    public const string ConfigRead = "site.config.read";
    public const string SourceWalk = "site.source.walk";
    public const string SourceTag = "source";

    internal static readonly ActivitySource Source = new(Name);

    /// <summary>Starts one of this trace's activities for <paramref name="source"/>; null (and free) when nobody listens.</summary>
    internal static Activity? Start(string name, string source) => Source.StartActivity(name)?.SetTag(SourceTag, source);
}
