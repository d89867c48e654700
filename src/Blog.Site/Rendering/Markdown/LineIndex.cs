namespace Blog.Site.Rendering.Markdown;

/// <summary>Line numbers of source positions: kramdown's rules depend on blank lines, which Markdig does not keep in the tree.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];

    public LineIndex(string source)
    {
        for (var i = 0; i < source.Length; i++)
            if (source[i] == '\n') _starts.Add(i + 1);
    }

    public int LineOf(int position)
    {
        var index = _starts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }
}
