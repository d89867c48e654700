using Blog.Site.Content;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// The pages of a build that an edit of documents' bodies may change besides the edited documents' own pages (and
/// those listing them, whose planned page the edit replaces): each page that read a document as a neighbour, by that
/// document, and the pages always looked at again (those that list documents' bodies, read an extension's value, or
/// have no fingerprint). Made while the site is served, after the build: looking at all 10,000 pages of a site for
/// each edit was a fifth of a one-post rebuild, and an edit changes a handful.
/// </summary>
internal sealed class BodyEditReaders
{
    private readonly int[] _always;
    private readonly Dictionary<Document, List<int>> _byNeighbour;

    private BodyEditReaders(int[] always, Dictionary<Document, List<int>> byNeighbour) => (_always, _byNeighbour) = (always, byNeighbour);

    /// <param name="pages">Every page's state, in plan order.</param>
    public static BodyEditReaders Of(PageState[] pages)
    {
        var always = new List<int>();
        var byNeighbour = new Dictionary<Document, List<int>>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < pages.Length; i++)
        {
            if (pages[i] is not { Fingerprint: not null, Inputs: { ListsBodies: false } inputs } || pages[i].Reads.Count > 0)
            {
                always.Add(i);
                continue;
            }
            foreach (var neighbour in inputs.Neighbours)
                if (neighbour is not null)
                {
                    if (!byNeighbour.TryGetValue(neighbour, out var readers)) byNeighbour[neighbour] = readers = [];
                    if (readers is [] || readers[^1] != i) readers.Add(i);
                }
        }
        return new BodyEditReaders([.. always], byNeighbour);
    }

    /// <summary>The pages to look at again when <paramref name="edited"/> (the previous records) changed their bodies.</summary>
    public IEnumerable<int> Of(IEnumerable<Document> edited) =>
        _always.Concat(edited.SelectMany(d => _byNeighbour.GetValueOrDefault(d) ?? []));
}
