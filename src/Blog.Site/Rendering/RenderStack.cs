using Blog.Site.Content;
using Fluid;

namespace Blog.Site.Rendering;

/// <summary>Which text of a document is being rendered.</summary>
internal enum DocumentPart { Content, Excerpt }

/// <summary>
/// The documents whose content or excerpt is being rendered, innermost first, kept in each render's context: a
/// template that asks for a text already being rendered (its own <c>page.content</c>, two posts quoting each
/// other) gets the unrendered text, as in Jekyll, instead of recursing forever.
/// </summary>
internal sealed class RenderStack
{
    /// <summary>Listings of listings of content: deeper than this, content is given unrendered.</summary>
    public const int MaxDepth = 4;
    private const string Key = "blog.render-stack";

    public static readonly RenderStack Empty = new(null, DocumentPart.Content, null, 0, null, null);

    private readonly Document? _document;
    private readonly DocumentPart _part;
    private readonly RenderStack? _outer;
    private readonly string? _finished;

    private RenderStack(Document? document, DocumentPart part, RenderStack? outer, int depth, string? finished, ValueReads? reads)
    {
        _document = document;
        _part = part;
        _outer = outer;
        Depth = depth;
        _finished = finished;
        Reads = reads;
    }

    /// <summary>Where the extension values read by the innermost text being rendered are recorded; null when nobody asks.</summary>
    public ValueReads? Reads { get; }

    /// <summary>An empty stack whose renders record the extension values they read in <paramref name="reads"/>.</summary>
    public static RenderStack Recording(ValueReads reads) => new(null, DocumentPart.Content, null, 0, null, reads);

    public int Depth { get; }

    /// <summary>The document whose text is being rendered now (the innermost frame); null outside any, as for the feed.</summary>
    public Document? Current => _document;

    public RenderStack Push(Document document, DocumentPart part) => new(document, part, this, Depth + 1, null, Reads);

    /// <summary>As <see cref="Push(Document, DocumentPart)"/>, recording what the pushed text reads in <paramref name="reads"/> instead.</summary>
    public RenderStack Push(Document document, DocumentPart part, ValueReads reads) => new(document, part, this, Depth + 1, null, reads);

    /// <summary>
    /// The frame of a page's layouts: the page's content is finished, so a template that asks for it (through
    /// <c>site.posts</c>, say) gets it rendered, as in Jekyll, where the content is converted before the layouts run.
    /// </summary>
    public RenderStack Finished(Document document, string content) => new(document, DocumentPart.Content, this, Depth, content, Reads);

    /// <summary>The finished content of <paramref name="document"/> when its layouts are being rendered; else null.</summary>
    public string? FinishedContent(Document document)
    {
        for (var frame = this; frame is not null; frame = frame._outer)
            if (frame._finished is not null && ReferenceEquals(frame._document, document)) return frame._finished;
        return null;
    }

    /// <summary>
    /// Records that the text being rendered read <paramref name="document"/>'s content or excerpt, unless it is that
    /// text's own document (whose body is its own input).
    /// </summary>
    public void ReadingBodyOf(Document document)
    {
        if (Reads is { } reads && !ReferenceEquals(document, _document)) reads.AddBody();
    }

    public bool Contains(Document document, DocumentPart part)
    {
        for (var frame = this; frame is not null; frame = frame._outer)
            if (ReferenceEquals(frame._document, document) && frame._part == part) return true;
        return false;
    }

    /// <summary>Whether that text of <paramref name="document"/> can be rendered from here.</summary>
    public bool CanRender(Document document, DocumentPart part) => Depth < MaxDepth && !Contains(document, part);

    public void AttachTo(TemplateContext context) => context.AmbientValues[Key] = this;

    public static RenderStack Of(TemplateContext context) =>
        context.AmbientValues.TryGetValue(Key, out var stack) && stack is RenderStack found ? found : Empty;
}
