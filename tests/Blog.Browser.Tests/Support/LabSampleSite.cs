using System.Text;

namespace Blog.Browser.Tests.Support;

/// <summary>
/// A copy of the real site in a temp folder with one more post that shows every committed lab result (a
/// table, one chart per metric and the provenance box) and the Markdown an author may write (an aligned
/// table, highlighted code, a task list, a footnote), so that markup is checked in the browser with the
/// real theme even before the real post uses it.
/// </summary>
public static class LabSampleSite
{
    public const string PostPath = "/lab-sample.html";

    public static async Task<(BuiltSite Site, string Source)> BuildAsync(string siteSource)
    {
        var source = Directory.CreateTempSubdirectory("blog-lab-sample-").FullName;
        try
        {
            CopyDirectory(siteSource, source);
            var metrics = CommittedResults.Read(Path.Combine(source, "_lab", "results"));
            var ids = string.Join(' ', metrics.Select(m => m.ExperimentId).Distinct());
            var post = new StringBuilder($"""
                ---
                layout: post
                title: Every lab result
                permalink: {PostPath}
                ---
                The committed results.[^1]

                | Runtime | Start | Memory |
                |:--------|------:|:------:|
                | JVM     | slow  | large  |

                ```csharp
                var answer = 42; // highlighted at build time
                ```

                - [x] measured
                - [ ] published

                [^1]: Measured by the lab.

                {"{%"} lab_table {ids} {"%}"}

                """);
            foreach (var m in metrics) post.Append($"{{% lab_chart {m.ExperimentId}:{m.Name} %}}\n\n");
            post.Append($"{{% lab_provenance {ids} %}}\n");
            await File.WriteAllTextAsync(Path.Combine(source, "_posts", "2024-01-01-lab-sample.md"), post.ToString());
            return (await BuiltSite.BuildAsync(source, Repository.Theme), source);
        }
        catch
        {
            Directory.Delete(source, recursive: true);
            throw;
        }
    }

    /// <summary>Every file of <paramref name="from"/> into <paramref name="to"/>, in the same folders.</summary>
    public static void CopyDirectory(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
