using Blog.Site.Content;
using Fluid;

namespace Blog.Site.Rendering;

/// <summary>
/// The documents whose content is being rendered, innermost first, kept in each render's context: a template that
/// asks for the content of a document already being rendered (its own <c>page.content</c>, two posts quoting each
/// other) gets the unrendered text, as in Jekyll, instead of recursing forever.
/// </summary>
internal sealed class RenderStack
{
    /// <summary>Listings of listings of content: deeper than this, content is given unrendered.</summary>
    public const int MaxDepth = 4;
    private const string Key = "blog.render-stack";

    public static readonly RenderStack Empty = new(null, null, 0);

    private readonly Document? _document;
    private readonly RenderStack? _outer;

    private RenderStack(Document? document, RenderStack? outer, int depth)
    {
        _document = document;
        _outer = outer;
        Depth = depth;
    }

    public int Depth { get; }

    public RenderStack Push(Document document) => new(document, this, Depth + 1);

    public bool Contains(Document document)
    {
        for (var frame = this; frame is not null; frame = frame._outer)
            if (ReferenceEquals(frame._document, document)) return true;
        return false;
    }

    /// <summary>Whether the content of <paramref name="document"/> can be rendered from here.</summary>
    public bool CanRender(Document document) => Depth < MaxDepth && !Contains(document);

    public void AttachTo(TemplateContext context) => context.AmbientValues[Key] = this;

    public static RenderStack Of(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var stack) && stack is RenderStack found ? found : Empty;
}
