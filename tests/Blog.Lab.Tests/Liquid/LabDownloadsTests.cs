using Blog.Lab.Liquid;
using Blog.Lab.Results;
using Blog.Lab.Tests.Support;
using Blog.Site.Build;
using Blog.Site.Build.Incremental;
using Blog.Site.Tests.Support;

namespace Blog.Lab.Tests.Liquid;

/// <summary>
/// The numbers behind a page are published with it: each declared experiment's stored result as
/// <c>/lab/&lt;id&gt;.json</c>, byte for byte the committed file, and its samples as <c>/lab/&lt;id&gt;.csv</c>, linked from
/// the page's "How this was measured" section under the site's <c>baseurl</c>, where the link check (an error by default)
/// finds them. An experiment with no stored result publishes nothing.
/// </summary>
public sealed class LabDownloadsTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: T\nbaseurl: /blog\n")
        .With("_layouts/default.html", "<!doctype html><html lang=\"en\"><head><title>T</title></head><body>{{ content }}</body></html>\n")
        .With("_lab/process.yml", """
            - id: native-start
              kind: native-start
              samples: 5
              warmup: 1
              timeout: 10s
            - id: jvm-start
              kind: jvm-start
              samples: 3
            """)
        .With("index.md", "---\nlayout: default\n---\nStart-up: {{ lab.native_start.start_ms | ms }}\n\n{% lab_provenance %}\n");

    public void Dispose() => _site.Dispose();

    private ResultStore Store => new(new LabPaths(_site.Source).ResultsDirectory);

    [Fact]
    public async Task A_build_publishes_each_stored_result_as_committed_and_its_samples_as_csv_linked_from_the_provenance()
    {
        await Store.WriteAsync(TestData.Result(TestData.Spec(), samples: [4, 2.5, 3, 1, 5]), default);

        await new SiteBuilder([await LabExtension.LoadAsync(_site.Source, default)]).BuildAsync(_site.Options(), default);

        Assert.Equal(await File.ReadAllTextAsync(Store.PathOf("native-start")), _site.Output("lab/native-start.json"));
        Assert.Equal("metric,unit,sample,value\r\nstart_ms,ms,1,4\r\nstart_ms,ms,2,2.5\r\nstart_ms,ms,3,3\r\nstart_ms,ms,4,1\r\nstart_ms,ms,5,5\r\n",
            _site.Output("lab/native-start.csv"));
        var page = _site.Output("index.html");
        Assert.Contains("<a href=\"/blog/lab/native-start.json\">native-start.json</a> and <a href=\"/blog/lab/native-start.csv\">native-start.csv</a>", page);
        // Declared but never measured: nothing to publish, and no page links to it.
        Assert.Equal(["native-start.csv", "native-start.json"], Directory.GetFiles(Path.Combine(_site.Destination, "lab")).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task A_rebuild_after_a_result_changed_writes_the_page_and_its_files_and_then_holds_what_a_clean_build_writes()
    {
        await Store.WriteAsync(TestData.Result(TestData.Spec(), samples: [1, 2, 3, 4, 5]), default);
        await using (var session = new IncrementalSiteBuilder([await LabExtension.LoadAsync(_site.Source, default)]))
        {
            await session.BuildAsync(_site.Options(), [], default);
            await Store.WriteAsync(TestData.Result(TestData.Spec(), samples: [10, 20, 30, 40, 50]), default);

            var rebuild = await session.BuildAsync(_site.Options(), [Store.PathOf("native-start")], default);

            Assert.Equal(["index.html"], rebuild.Rendered);
            Assert.Equal(3, rebuild.Written);
        }
        var rebuilt = _site.OutputTree();
        Directory.Delete(_site.Destination, recursive: true);
        await new SiteBuilder([await LabExtension.LoadAsync(_site.Source, default)]).BuildAsync(_site.Options(), default);
        Assert.Equal(_site.OutputTree(), rebuilt);
    }

    [Fact]
    public async Task A_page_at_a_published_path_is_an_error_naming_both()
    {
        await Store.WriteAsync(TestData.Result(TestData.Spec()), default);
        _site.With("lab/native-start.csv", "---\n---\nmine\n");

        var lab = await LabExtension.LoadAsync(_site.Source, default);

        var failed = await Assert.ThrowsAsync<Blog.Site.Diagnostics.BuildFailedException>(() => new SiteBuilder([lab]).BuildAsync(_site.Options(), default));

        Assert.Contains(failed.Errors, e => e.Message.Contains("(lab result native-start)", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Every_committed_result_is_published_byte_for_byte_as_committed()
    {
        foreach (var path in Directory.EnumerateFiles(RepositoryFolder.CommittedResults, "*.json"))
        {
            var stored = await new ResultStore(RepositoryFolder.CommittedResults).ReadAsync(Path.GetFileNameWithoutExtension(path), default);
            Assert.Equal(await File.ReadAllTextAsync(path), ResultStore.ToJson(stored!));
        }
    }
}
