using Blog.Lab.Tests.Support;

namespace Blog.Lab.Tests.Faults;

/// <summary>
/// The results folder refuses the new result (read-only, full): the real command line measures, cannot store, and
/// says so naming the folder; it exits non-zero and the folder holds exactly what it held (no temporary file).
/// </summary>
public sealed class ResultsFolderFaultTests : IDisposable
{
    private const string Specs = """
        - id: native-start
          kind: native-start
          samples: 3
          warmup: 0
          timeout: 10s
        """;

    private readonly LabSite _site = LabSite.With(Specs, "native-start");

    public void Dispose() => _site.Dispose();

    [Fact]
    public async Task A_read_only_results_folder_fails_the_run_naming_the_folder_and_keeps_the_previous_result()
    {
        await using (await Mount.ReadOnlyAsync(_site.Results))
        {
            var before = FolderSnapshot.Of(_site.Results);

            var exit = await RunAsync();

            exit.AssertExitCode(1);
            exit.AssertSays($"native-start: the results folder {_site.Results} cannot be written (Read-only file system), so native-start was not stored; the previous result is kept");
            before.AssertUnchanged();
        }
        _site.AssertNoTemporaryFilesLeft();
    }

    [Fact]
    public async Task A_full_results_folder_fails_the_run_naming_the_folder_and_leaves_no_partial_file()
    {
        await using (await Mount.FullAsync(_site.Results))
        {
            var before = FolderSnapshot.Of(_site.Results);

            var exit = await RunAsync();

            exit.AssertExitCode(1);
            exit.AssertSays($"native-start: the results folder {_site.Results} cannot be written (No space left on device), so native-start was not stored; the previous result is kept");
            before.AssertUnchanged();
        }
        _site.AssertNoTemporaryFilesLeft();
    }

    private async Task<CliExit> RunAsync()
    {
        await using var cli = LabCli.Start(_site, new Dictionary<string, string>(), "run", "native-start", "--force");
        return await cli.ExitAsync(TimeSpan.FromMinutes(2));
    }
}
