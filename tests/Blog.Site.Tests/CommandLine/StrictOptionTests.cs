using Blog.Cli;
using Blog.Site.Tests.Support;

namespace Blog.Site.Tests.CommandLine;

/// <summary>The command line refuses what it does not know, names it, suggests what was meant and exits 2.</summary>
public sealed class StrictOptionTests : IDisposable
{
    private readonly TempSite _site = new TempSite().With("_config.yml", "title: T\n").With("index.md", "---\n---\nhome\n");
    private readonly RecordedConsole _console = new();

    public void Dispose() => _site.Dispose();

    private Task<int> RunAsync(params string[] args) =>
        BlogApp.RunAsync([.. args, "--source", _site.Source, "--destination", _site.Destination, "--lab", "frozen"], _console.Console);

    [Fact]
    public async Task A_mistyped_option_is_named_with_the_near_one_and_nothing_is_built()
    {
        var exit = await RunAsync("--draft");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown option 'draft'", _console.Text);
        Assert.Contains("Did you mean --drafts?", _console.Text);
        Assert.False(Directory.Exists(_site.Destination));
    }

    [Fact]
    public async Task An_unknown_option_far_from_every_known_one_gets_no_suggestion()
    {
        var exit = await RunAsync("--definitely-not-an-option");

        Assert.Equal(2, exit);
        Assert.Contains("Unknown option 'definitely-not-an-option'", _console.Text);
        Assert.DoesNotContain("Did you mean", _console.Text);
    }

    [Theory]
    [InlineData("serve --prot 4001", "prot", "--port")]
    [InlineData("new post Title --tag docker", "tag", "--tags")]
    [InlineData("new draft Title --layuot note", "layuot", "--layout")]
    [InlineData("publish _drafts/a.md --sorce .", "sorce", "--source")]
    public async Task Every_command_refuses_a_mistyped_option_and_names_the_near_one(string commandLine, string unknown, string near)
    {
        var exit = await BlogApp.RunAsync(commandLine.Split(' '), _console.Console);

        Assert.Equal(2, exit);
        Assert.Contains($"Unknown option '{unknown}'", _console.Text);
        Assert.Contains($"Did you mean {near}?", _console.Text);
    }

    [Fact]
    public async Task An_option_of_another_command_is_named_as_such()
    {
        var exit = await RunAsync("--port", "4001");

        Assert.Equal(2, exit);
        Assert.Contains("--port is an option of serve, not of this command", _console.Text);
        Assert.False(Directory.Exists(_site.Destination));
    }

    [Fact]
    public async Task A_lab_mode_is_one_of_the_lab_s_names()
    {
        var exit = await BlogApp.RunAsync(["--source", _site.Source, "--destination", _site.Destination, "--lab", "run-missing"], _console.Console);

        Assert.Equal(2, exit);
        Assert.Contains("--lab run-missing: use auto, frozen, force", _console.Text);
        Assert.False(Directory.Exists(_site.Destination));
    }

    [Fact]
    public async Task A_missing_theme_folder_names_the_option_and_what_to_pass()
    {
        var exit = await RunAsync("--theme", Path.Combine(_site.Root, "no-theme"));

        Assert.Equal(2, exit);
        Assert.Contains("--theme", _console.Text);
        Assert.Contains("no such folder", _console.Text);
    }

    [Fact]
    public async Task Known_options_build()
    {
        Assert.Equal(0, await RunAsync("--drafts"));
        Assert.True(File.Exists(Path.Combine(_site.Destination, "index.html")));
    }
}
