using Markdig.Syntax;

namespace Blog.Site.Rendering.Markdown;

/// <summary>
/// Closing markers (<c>$$</c>, <c>{:/comment}</c>...) already searched for in vain, per document: once no end
/// follows a position, none follows any later one, so a document of ten thousand unclosed openers is searched
/// once, not ten thousand times over.
/// </summary>
internal sealed class MissingEnds
{
    private readonly Dictionary<string, int> _absentFrom = new(StringComparer.Ordinal);

    // Inline parsers search their block's own text, one block after another: positions there are only
    // comparable within that text, so its records are dropped when another text comes.
    private string? _text;

    public static MissingEnds Of(MarkdownDocument document)
    {
        if (document.GetData(typeof(MissingEnds)) is MissingEnds known) return known;
        var created = new MissingEnds();
        document.SetData(typeof(MissingEnds), created);
        return created;
    }

    public bool KnownAbsent(string marker, int from, string text)
    {
        if (!ReferenceEquals(text, _text))
        {
            _absentFrom.Clear();
            _text = text;
        }
        return _absentFrom.TryGetValue(marker, out var start) && from >= start;
    }

    public void Record(string marker, int from) =>
        _absentFrom[marker] = _absentFrom.TryGetValue(marker, out var start) ? System.Math.Min(start, from) : from;
}
