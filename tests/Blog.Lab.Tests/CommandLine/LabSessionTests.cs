using System.Diagnostics;
using Blog.Cli;
using Blog.Lab.Liquid;
using Blog.Lab.Measurement;
using Blog.Lab.Running;
using Blog.Lab.Tests.Support;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Lab.Tests.CommandLine;

/// <summary>
/// A build reads the lab's declarations once: the runner that measures first and the pages that show the results work
/// from the same session, whatever <c>--lab</c> says. And it reads the site once: the lab takes the pages' declarations
/// from the site's own read, so the config is parsed once and the source walked once per build, lab or not. Counted with
/// the seam's trace (<see cref="LabTrace.SpecsRead"/>) and the site's (<see cref="SiteTrace"/>), for this test's source
/// folder only.
/// </summary>
public sealed class LabSessionTests : IDisposable
{
    private readonly TempSite _site = new TempSite()
        .With("_config.yml", "title: T\n")
        .With("_layouts/default.html", "<html><body>{{ content }}</body></html>\n")
        .With("_lab/process.yml", """
            - id: native-start
              kind: native-start
              samples: 2
              warmup: 0
            """)
        .With("index.md", "---\nlayout: default\n---\nNative start: {{ lab.native_start.start_ms | ms }}\n");
    private readonly RecordedConsole _console = new();
    private readonly List<string> _reads = [];
    private readonly ActivityListener _listener;

    public LabSessionTests()
    {
        _listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is LabTrace.Name or SiteTrace.Name,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
            ActivityStopped = activity =>
            {
                // Both traces tag the source folder under the same name.
                if ((string?)activity.GetTagItem(LabTrace.SourceTag) == _site.Source)
                    lock (_reads) _reads.Add(activity.OperationName);
            },
        };
        ActivitySource.AddActivityListener(_listener);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _site.Dispose();
    }

    private int Reads(string operation)
    {
        lock (_reads) return _reads.Count(r => r == operation);
    }

    /// <summary>How many times the build read the lab's declarations, parsed the config and walked the source.</summary>
    private (int Specs, int Config, int Walks) Counts() => (Reads(LabTrace.SpecsRead), Reads(SiteTrace.ConfigRead), Reads(SiteTrace.SourceWalk));

    [Fact]
    public async Task An_auto_build_that_measures_reads_the_declarations_once()
    {
        await LabBuild.BuildAsync(_site, LabMode.Auto, _console.Console, SettlePolicy.None);

        Assert.Contains("lab: [1/1] measuring native-start", _console.Text);
        Assert.Matches(@"<p>Native start: [0-9.]+ ms</p>", _site.Output("index.html"));
        Assert.Equal((1, 1, 1), Counts());
    }

    [Theory]
    [InlineData("auto")]
    [InlineData("frozen")]
    public async Task A_build_through_the_command_line_reads_them_once(string mode)
    {
        // A fresh result: auto has nothing to measure (and no quiet machine to wait for), frozen has a number to show.
        var session = await LabSession.LoadAsync(_site.Source, default);
        await session.Store.WriteAsync(TestData.Result(session.Specs.Single()), default);
        lock (_reads) _reads.Clear();

        var exit = await BlogApp.RunAsync(["--source", _site.Source, "--destination", _site.Destination, "--lab", mode], _console.Console);

        Assert.True(exit == 0, _console.Text);
        Assert.Contains("<p>Native start: 3", _site.Output("index.html"));
        Assert.Equal((1, 1, 1), Counts());
    }
}
