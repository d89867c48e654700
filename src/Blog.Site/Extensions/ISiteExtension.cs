namespace Blog.Site.Extensions;

/// <summary>
/// The generator's one extension point, in the spirit of Markdig's <c>IMarkdownExtension</c>: an extension
/// adds global Liquid values, filters and tags before any page renders. The lab's adapter is one; the
/// generator's own outputs (SEO and feed tags) are others. A site builds with no extensions at all.
/// </summary>
public interface ISiteExtension
{
    void Register(LiquidRegistry registry);
}
