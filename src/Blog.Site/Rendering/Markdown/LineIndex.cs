namespace Blog.Site.Rendering.Markdown;

/// <summary>Line numbers of source positions: kramdown's rules depend on blank lines, which Markdig does not keep in the tree.</summary>
internal sealed class LineIndex
{
    private readonly List<int> _starts = [0];
    private readonly string _source;

    public LineIndex(string source)
    {
        _source = source;
        // Every Markdown conversion makes one: the line breaks are found by a vectorized search, not a character at a time.
        for (int at = 0, next; (next = source.AsSpan(at).IndexOf('\n')) >= 0; at += next + 1) _starts.Add(at + next + 1);
    }

    public int LineOf(int position)
    {
        var index = _starts.BinarySearch(position);
        return index >= 0 ? index : ~index - 1;
    }

    /// <summary>
    /// Whether a line (counted from 0) is blank in its container: nothing but spaces, tabs and the '&gt;' of the block
    /// quotes it is in. A line before the first is not.
    /// </summary>
    public bool IsBlank(int line)
    {
        if (line < 0 || line >= _starts.Count) return false;
        var end = line + 1 < _starts.Count ? _starts[line + 1] - 1 : _source.Length;
        return _source.AsSpan(_starts[line], end - _starts[line]).TrimEnd('\r').IndexOfAnyExcept(" \t>") < 0;
    }
}
