namespace Blog.Site.Tests.Rendering.Highlighting;

/// <summary>
/// Snippets for the differential test: per language, the hand-written seeds of Corpus/&lt;language&gt;.txt (separated
/// by lines of <c>=====</c>) and variations generated from them with a fixed seed: each seed cut at two random points
/// (unterminated strings, comments and blocks), neighbouring seeds joined, a seed's lines shuffled, and a few
/// "line soups" of random lines from all the language's seeds (constructs meeting in orders no one wrote).
/// </summary>
internal static class HighlightCorpus
{
    public sealed record Snippet(string Language, string Name, string Code);

    public static string Folder => Path.Combine(AppContext.BaseDirectory, "Rendering", "Highlighting", "Corpus");

    public static IReadOnlyList<Snippet> All() =>
        [.. Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).SelectMany(Of)];

    private static IEnumerable<Snippet> Of(string file)
    {
        var language = Path.GetFileNameWithoutExtension(file);
        var seeds = Seeds(File.ReadAllText(file));
        var random = new Random(language.Aggregate(17, (hash, c) => hash * 31 + c));
        for (var i = 0; i < seeds.Count; i++)
        {
            var seed = seeds[i];
            yield return new Snippet(language, $"seed {i + 1}", seed);
            for (var cut = 0; cut < 2 && seed.Length > 1; cut++)
                yield return new Snippet(language, $"seed {i + 1} cut {cut + 1}", seed[..random.Next(1, seed.Length)]);
            if (i > 0) yield return new Snippet(language, $"seeds {i} + {i + 1}", seeds[i - 1] + "\n" + seed);
            var lines = seed.Split('\n');
            if (lines.Length > 2)
                yield return new Snippet(language, $"seed {i + 1} shuffled", string.Join('\n', lines.OrderBy(_ => random.Next())));
        }
        var allLines = seeds.SelectMany(seed => seed.TrimEnd('\n').Split('\n')).ToArray();
        for (var soup = 0; soup < 4; soup++)
        {
            var picked = Enumerable.Range(0, random.Next(3, 13)).Select(_ => allLines[random.Next(allLines.Length)]);
            yield return new Snippet(language, $"line soup {soup + 1}", string.Join('\n', picked) + "\n");
        }
    }

    private static List<string> Seeds(string text) =>
        [.. text.ReplaceLineEndings("\n").Split("\n=====\n").Select(s => s.TrimEnd('\n') + "\n").Where(s => s.Trim().Length > 0)];
}
