using Blog.Cli;
using Blog.Lab.Tests.Support;
using Blog.Lab.Measurement;
using Blog.Lab.Running;
using Blog.Site.Diagnostics;
using Blog.Site.Tests.Support;

namespace Blog.Lab.Tests.CommandLine;

/// <summary>
/// A post that declares its own experiment in its <c>lab:</c> front matter, through the command line end to end:
/// <c>lab list</c>, <c>lab run</c>, <c>lab status</c>, and the build with <c>--lab auto</c> and <c>frozen</c>.
/// The experiment is the native process start (fork/exec of a tiny program), measured for real with few samples.
/// </summary>
public sealed class LabFrontMatterTests : IDisposable
{
    private const string PostPath = "_posts/2026-11-28-start.md";
    private readonly TempSite _site = new TempSite()
        .With("_layouts/default.html", "<html><body>{{ content }}</body></html>\n")
        .With(PostPath, """
            ---
            layout: default
            title: Start-up
            lab:
              - id: post-native
                kind: native-start
                samples: 3
                warmup: 0
            ---
            Native start: {{ lab.post_native.start_ms | ms }}

            """);
    private readonly RecordedConsole _console = new();

    public void Dispose() => _site.Dispose();

    private Task<int> LabAsync(params string[] args) => BlogApp.RunAsync(["lab", .. args, "--source", _site.Source], _console.Console);

    [Fact]
    public async Task Lab_list_shows_the_experiment_and_where_the_post_declares_it()
    {
        Assert.Equal(0, await LabAsync("list"));
        Assert.Contains($"{_site.Source}/{PostPath}:5", _console.Text);
        Assert.Contains("post-native", _console.Text);
    }

    [Fact]
    public async Task Lab_run_measures_it_and_lab_status_then_calls_it_fresh()
    {
        Assert.Equal(0, await LabAsync("status"));
        Assert.Contains("missing", _console.Text);

        Assert.Equal(0, await LabAsync("run", "post-native", "--settle-timeout", "0"));
        _console.Clear();
        Assert.Equal(0, await LabAsync("status"));

        Assert.Matches(@"post-native\s*│\s*fresh", _console.Text);
        Assert.True(File.Exists(Path.Combine(_site.Source, "_lab", "results", "post-native.json")));
    }

    [Fact]
    public async Task An_auto_build_measures_it_first_and_renders_its_number()
    {
        await LabBuild.BuildAsync(_site, LabMode.Auto, _console.Console, SettlePolicy.None);

        Assert.Contains("lab: [1/1] measuring post-native", _console.Text);
        Assert.Matches(@"<p>Native start: [0-9.]+ ms</p>", _site.Output("2026/11/28/start.html"));
    }

    [Fact]
    public async Task A_frozen_build_fails_at_the_line_and_column_where_the_post_uses_the_missing_result()
    {
        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => LabBuild.BuildAsync(_site, LabMode.Frozen, _console.Console));

        Assert.Equal($"{PostPath}:10:18: lab result 'post-native' is missing (never measured); measure it with: dotnet run --project src/Blog -- lab run post-native",
            Assert.Single(failure.Errors).ToString());
    }

    [Fact]
    public async Task A_front_matter_mistake_fails_an_auto_build_at_the_post_s_position()
    {
        _site.With(PostPath, "---\nlab:\n  - id: post-native\n    kind: teleport\n---\n");

        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => LabBuild.BuildAsync(_site, LabMode.Auto, _console.Console));

        Assert.StartsWith($"{PostPath}:4:11: unknown kind 'teleport'", Assert.Single(failure.Errors).ToString());
    }

    [Fact]
    public async Task A_site_that_declares_no_experiment_gets_no_lab()
    {
        using var plain = new TempSite().With("index.md", "---\ntitle: Home\n---\nhi\n");
        Assert.Null(await LabBuild.BuildAsync(plain, LabMode.Auto, _console.Console));
    }
}
