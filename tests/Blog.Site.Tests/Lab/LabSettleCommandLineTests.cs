using Blog.Cli.Lab;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.Lab;

/// <summary>
/// <c>lab run</c>'s wait for a quiet machine through the command line: its options, and what it prints after a run
/// (how quiet the machine was before each experiment, and the whole run's time).
/// </summary>
public sealed class LabSettleCommandLineTests : IDisposable
{
    private readonly TempSite _site = new TempSite().With("_lab/process.yml", """
        - id: native
          kind: native-start
          samples: 2
          warmup: 0
        """);
    private readonly RecordedConsole _console = new();

    public void Dispose() => _site.Dispose();

    private Task<int> LabAsync(params string[] args) => LabCommand.RunAsync([.. args, "--source", _site.Source], _console.Console, default);

    [Theory]
    [InlineData("--settle-idle", "120", "--settle-idle 120: expected a percentage from 0 to 100, such as 90")]
    [InlineData("--settle-load", "-1", "--settle-load -1: expected a load average of 0 or more, such as 1.5")]
    [InlineData("--settle-timeout", "soon", "--settle-timeout soon: expected a duration such as 3m, 90s or 0")]
    public async Task A_bad_settle_option_is_a_usage_error_that_measures_nothing(string option, string value, string message)
    {
        Assert.Equal(2, await LabAsync("run", option, value));

        Assert.Contains(message, _console.Text);
        Assert.False(Directory.Exists(Path.Combine(_site.Source, "_lab", "results")) &&
                     Directory.EnumerateFiles(Path.Combine(_site.Source, "_lab", "results")).Any());
    }

    [Fact]
    public async Task A_settle_option_belongs_to_run_only()
    {
        Assert.Equal(2, await LabAsync("status", "--settle-timeout", "0"));
        Assert.Contains("unknown option '--settle-timeout' for lab status", _console.Text);
    }

    [Fact]
    public async Task After_a_run_it_shows_how_quiet_the_machine_was_before_each_experiment_and_how_long_the_run_took()
    {
        Assert.Equal(0, await LabAsync("run", "--settle-timeout", "0"));

        // Not waiting, it looked once: at best one quiet window of the three the default asks for, so the result is marked.
        Assert.Contains("before each experiment", _console.Text);
        Assert.True(_console.Text.Contains("│ no: not quiet after 1 s: "), _console.Text);
        Assert.Matches(@"run \S+ took \d+ s", _console.Text);
        Assert.Contains("\"settled\": false", await File.ReadAllTextAsync(Path.Combine(_site.Source, "_lab", "results", "native.json")));
    }
}
