using Blog.Lab.Liquid;
using Blog.Site.Diagnostics;

namespace Blog.Lab.Tests.Liquid;

public sealed class LabExtensionLoadingTests : IDisposable
{
    private readonly string _source = TestData.TemporaryDirectory();

    public void Dispose() => Directory.Delete(_source, recursive: true);

    [Fact]
    public async Task Spec_errors_fail_the_build_with_their_positions_relative_to_the_source()
    {
        Directory.CreateDirectory(Path.Combine(_source, "_lab"));
        await File.WriteAllTextAsync(Path.Combine(_source, "_lab", "process.yml"), "- id: a\n  kind: teleport\n  samples: -1\n");

        var failure = await Assert.ThrowsAsync<BuildFailedException>(() => LabExtension.LoadAsync(_source, default));

        Assert.Collection(failure.Errors.Select(e => e.ToString()),
            e => Assert.StartsWith("_lab/process.yml:2:9: unknown kind 'teleport'", e),
            e => Assert.StartsWith("_lab/process.yml:3:12: samples must be", e));
    }

    [Fact]
    public async Task Stored_results_are_read_with_their_freshness()
    {
        Directory.CreateDirectory(Path.Combine(_source, "_lab"));
        await File.WriteAllTextAsync(Path.Combine(_source, "_lab", "process.yml"), "- id: native-start\n  kind: native-start\n  samples: 5\n  warmup: 1\n  timeout: 10s\n");
        var spec = TestData.Spec();
        await new Blog.Lab.Results.ResultStore(new LabPaths(_source).ResultsDirectory).WriteAsync(TestData.Result(spec), default);

        var extension = await LabExtension.LoadAsync(_source, default);

        Assert.Equal(Blog.Lab.Results.Freshness.Fresh, extension.Data.Statuses["native-start"].Freshness);
    }
}
