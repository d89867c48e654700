using Blog.Site.Diagnostics;

namespace Blog.Site.Content;

/// <summary>
/// Two inputs that would write the same output file: Jekyll only warns and one silently wins; here it is an error
/// naming both files.
/// </summary>
internal static class OutputCollisions
{
    public static void Report(IEnumerable<(string OutputPath, string RelativePath)> outputs, ErrorCollector errors)
    {
        var firstWriter = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (output, source) in outputs.OrderBy(o => o.RelativePath, StringComparer.Ordinal))
        {
            if (firstWriter.TryAdd(output, source)) continue;
            errors.Error(new SourcePosition(source), $"writes {output}, which {firstWriter[output]} writes too");
        }
    }
}
