using Blog.Site.Config;
using Blog.Site.Config.Dates;

namespace Blog.Site.Content;

/// <summary>
/// The order of a collection's documents (Jekyll's <c>Collection#sort_docs!</c>): the config's <c>order:</c> list first
/// (the documents it does not name follow in the usual order), else by the <c>sort_by</c> front matter key (documents
/// without it last, ties and values Ruby cannot compare in the usual order), else the usual order: by date, then path.
/// </summary>
public static class CollectionOrder
{
    public static IReadOnlyList<Document> Sort(CollectionSettings collection, IEnumerable<Document> documents)
    {
        var usual = documents.ToList();
        usual.Sort(Usual);
        if (collection.Order is { } order) return Rearranged(collection, order, usual);
        if (collection.SortBy is { } key)
        {
            // A stable sort on the key over the usual order gives Ruby's "key, then <=>" comparison.
            return usual.Select((d, i) => (Document: d, Index: i, Value: d.Data.GetValueOrDefault(key)))
                .ToList()
                .OrderBy(x => x, Comparer<(Document Document, int Index, object? Value)>.Create((a, b) =>
                {
                    int byValue = CompareValues(a.Value, b.Value);
                    return byValue != 0 ? byValue : a.Index.CompareTo(b.Index);
                }))
                .Select(x => x.Document).ToList();
        }
        return usual;
    }

    /// <summary>Jekyll's <c>Document#&lt;=&gt;</c>: by date, then by path.</summary>
    private static int Usual(Document a, Document b)
    {
        int byDate = a.Date.UtcTicks.CompareTo(b.Date.UtcTicks);
        return byDate != 0 ? byDate : string.CompareOrdinal(a.FullPath ?? a.RelativePath, b.FullPath ?? b.RelativePath);
    }

    private static IReadOnlyList<Document> Rearranged(CollectionSettings collection, IReadOnlyList<string> order, List<Document> usual)
    {
        var byPath = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var document in usual) byPath.TryAdd(CollectionRelativePath(document), document);
        var named = order.Select(entry => collection.RelativeDirectory + "/" + entry.TrimStart('/')).Distinct(StringComparer.Ordinal).ToList();
        var first = named.Select(p => byPath.GetValueOrDefault(p)).OfType<Document>().ToList();
        var taken = first.ToHashSet(ReferenceEqualityComparer.Instance);
        return first.Concat(usual.Where(d => !taken.Contains(d))).ToList();
    }

    private static string CollectionRelativePath(Document d)
    {
        string folder = d.Collection!.RelativeDirectory + "/";
        int at = d.RelativePath.IndexOf(folder, StringComparison.Ordinal);
        return at < 0 ? d.RelativePath : d.RelativePath[at..];
    }

    /// <summary>Ruby's <c>&lt;=&gt;</c> for front matter values; nil sorts last, values of different kinds compare equal.</summary>
    private static int CompareValues(object? a, object? b)
    {
        if (a is null) return b is null ? 0 : 1;
        if (b is null) return -1;
        return (a, b) switch
        {
            (string x, string y) => string.CompareOrdinal(x, y),
            (DateTimeOffset x, DateTimeOffset y) => x.UtcTicks.CompareTo(y.UtcTicks),
            (CalendarDate x, CalendarDate y) => x.Date.CompareTo(y.Date),
            _ when IsNumber(a) && IsNumber(b) => Convert.ToDouble(a, System.Globalization.CultureInfo.InvariantCulture)
                .CompareTo(Convert.ToDouble(b, System.Globalization.CultureInfo.InvariantCulture)),
            _ => 0,
        };
    }

    private static bool IsNumber(object value) => value is int or long or double or decimal or float or System.Numerics.BigInteger;
}
