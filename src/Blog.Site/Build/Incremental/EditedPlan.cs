using Blog.Site.Content;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// The previous build's plan with edited documents in it, for an edit that changed documents' bodies only (their
/// front matter, date and place as before): the same pages, pagers and archives, so planning the whole site again
/// would give the same plan but for the records. Each new record goes where the old one was: as a page, in a pager's
/// posts and in a generated page's lists of documents (an archive's <c>posts</c>).
/// </summary>
internal static class EditedPlan
{
    /// <returns>
    /// The plan, whose pages are the previous instances where nothing in them was edited; null when an edited document
    /// is not a page of the plan, or is the paginated index (whose pagers' pages are made from it): a new plan has them.
    /// </returns>
    public static OutputPlan? Apply(OutputPlan plan, Replacements<Document> edits)
    {
        var pages = new PlannedPage[plan.Pages.Count];
        var found = 0;
        for (var i = 0; i < pages.Length; i++)
        {
            var page = plan.Pages[i];
            var document = page.Document;
            if (edits.TryGetValue(document, out var edited))
            {
                // The paginated index is its first pager's page, and its other pagers' pages are copies of it.
                if (page.Pager is not null) return null;
                document = edited;
                found++;
            }
            else if (document.Kind == DocumentKind.Generated) document = WithListsEdited(document, edits);
            var pager = page.Pager is { } p && p.Posts.Any(edits.ContainsKey) ? p with { Posts = Edited(p.Posts, edits) } : page.Pager;
            pages[i] = ReferenceEquals(document, page.Document) && ReferenceEquals(pager, page.Pager) ? page : page with { Document = document, Pager = pager };
        }
        return found == edits.Count ? new OutputPlan(pages, plan.StaticFiles) : null;
    }

    private static Document WithListsEdited(Document document, Replacements<Document> edits)
    {
        Dictionary<string, object?>? data = null;
        foreach (var (key, value) in document.Data)
            if (value is IReadOnlyList<Document> listed && listed.Any(edits.ContainsKey))
                (data ??= new Dictionary<string, object?>(document.Data, StringComparer.Ordinal))[key] = Edited(listed, edits);
        return data is null ? document : document with { Data = data };
    }

    private static IReadOnlyList<Document> Edited(IReadOnlyList<Document> documents, Replacements<Document> edits) =>
        documents.Select(edits.Current).ToList();
}
