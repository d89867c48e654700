namespace Blog.Site.Checks;

/// <summary>Turns an offset in a text into a 1-based line and column; built once per page, only when needed.</summary>
public sealed class LineMap
{
    private readonly List<int> _lineStarts = [0];

    public LineMap(string text)
    {
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1)) _lineStarts.Add(at + 1);
    }

    public (int Line, int Column) Locate(int offset)
    {
        var index = _lineStarts.BinarySearch(offset);
        var line = index >= 0 ? index : ~index - 1;
        return (line + 1, offset - _lineStarts[line] + 1);
    }
}
