using Blog.Cli;
using Blog.Site.Tests.Support;

namespace Blog.Lab.Tests.CommandLine;

/// <summary>
/// <c>lab</c> through the command line: it parses as strictly as the other commands (an unknown option or command is
/// named, the near one suggested, the exit code is 2 and nothing is measured; <c>--help</c> lists every lab command and
/// option), and <c>lab run</c>'s wait for a quiet machine takes its options and shows afterwards how quiet the machine
/// was before each experiment and the whole run's time.
/// </summary>
public sealed class LabCommandLineTests : IDisposable
{
    private readonly TempSite _site = new TempSite().With("_lab/process.yml", """
        - id: native
          kind: native-start
          samples: 2
          warmup: 0
        """);
    private readonly RecordedConsole _console = new();

    public void Dispose() => _site.Dispose();

    private Task<int> LabAsync(params string[] args) => BlogApp.RunAsync(["lab", .. args, "--source", _site.Source], _console.Console);

    private bool Measured => Directory.Exists(Path.Combine(_site.Source, "_lab", "results"));

    [Fact]
    public async Task A_mistyped_option_is_named_with_the_near_one_and_nothing_is_measured()
    {
        Assert.Equal(2, await LabAsync("run", "--forse", "--settle-timeout", "0"));

        Assert.Contains("Unknown option 'forse'", _console.Text);
        Assert.Contains("Did you mean --force?", _console.Text);
        Assert.False(Measured);
    }

    [Fact]
    public async Task An_unknown_lab_command_is_a_usage_error()
    {
        Assert.Equal(2, await LabAsync("measure"));

        Assert.Contains("Unknown command 'measure'", _console.Text);
        Assert.False(Measured);
    }

    [Fact]
    public async Task An_unknown_experiment_is_a_usage_error_naming_the_declared_ones()
    {
        Assert.Equal(2, await LabAsync("run", "natve", "--settle-timeout", "0"));

        Assert.Contains("no experiment natve in", _console.Text);
        Assert.Contains("(declared: native)", _console.Text);
        Assert.False(Measured);
    }

    [Fact]
    public async Task Lab_commands_needs_a_folder()
    {
        Assert.Equal(2, await LabAsync("commands"));
        Assert.Contains("lab commands needs --dir DIR", _console.Text);
    }

    [Fact]
    public async Task Help_lists_every_lab_command_and_the_options_of_run()
    {
        Assert.Equal(0, await BlogApp.RunAsync(["lab", "--help"], _console.Console));
        foreach (var command in new[] { "run", "list", "status", "clean", "commands" }) Assert.Matches($@"(?m)^\s+{command}\s", _console.Text);

        _console.Clear();
        Assert.Equal(0, await BlogApp.RunAsync(["lab", "run", "--help"], _console.Console));
        foreach (var option in new[] { "--force", "--settle-timeout", "--settle-idle", "--settle-load", "--source" }) Assert.Contains(option, _console.Text);
    }

    [Theory]
    [InlineData("--settle-idle", "120", "--settle-idle 120: expected a percentage from 0 to 100, such as 90")]
    [InlineData("--settle-load", "-1", "--settle-load -1: expected a load average of 0 or more, such as 1.5")]
    [InlineData("--settle-timeout", "soon", "--settle-timeout soon: expected a duration such as 3m, 90s or 0")]
    public async Task A_bad_settle_option_is_a_usage_error_that_measures_nothing(string option, string value, string message)
    {
        Assert.Equal(2, await LabAsync("run", option, value));

        Assert.Contains(message, _console.Text);
        Assert.False(Measured);
    }

    [Fact]
    public async Task A_settle_option_belongs_to_run_only()
    {
        Assert.Equal(2, await LabAsync("status", "--settle-timeout", "0"));
        Assert.Contains("Unknown option 'settle-timeout'", _console.Text);
        Assert.Contains("--settle-timeout is an option of lab run, not of this command", _console.Text);
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
