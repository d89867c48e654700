using Blog.Lab.Results;
using Blog.Site.Outputs.Files;

namespace Blog.Lab.Liquid.Downloads;

/// <summary>
/// The numbers behind a page, for readers who want to check or plot them: every declared experiment with a stored
/// result is published as <c>/lab/&lt;id&gt;.json</c> (the result as committed) and <c>/lab/&lt;id&gt;.csv</c> (its raw
/// samples). Every declared one, not only those some page read: which pages read what is known only after they render,
/// and an incremental build renders few of them, so the set would depend on the build; this way it follows from the
/// lab's own inputs, a clean build and a rebuild write the same files, and any page may link to any of them. The
/// results are committed with the site's source already, so nothing is published that was not public.
/// </summary>
internal static class LabDownloads
{
    public const string Folder = "lab";

    public static string JsonPath(string id) => $"{Folder}/{id}.json";

    public static string CsvPath(string id) => $"{Folder}/{id}.csv";

    /// <summary>The files of the results in <paramref name="data"/> that a page can show (fresh or stale), in the order the specs are declared.</summary>
    public static IReadOnlyList<IGeneratedFile> Files(LabData data) =>
        data.Specs.Select(s => data.Statuses[s.Id].Result).OfType<LabResult>()
            .SelectMany(r => new IGeneratedFile[]
            {
                new LabDownloadFile(JsonPath(r.Id), r.Id, ResultStore.ToJson(r)),
                new LabDownloadFile(CsvPath(r.Id), r.Id, SamplesCsv.Of(r)),
            })
            .ToList();
}
