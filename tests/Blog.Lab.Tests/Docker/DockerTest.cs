using Blog.Lab.Experiments;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Specs;

namespace Blog.Lab.Tests.Docker;

/// <summary>
/// A test against the real engine with a run id of its own: what it creates carries that id, so the test
/// can list what remains of it, and whatever a failing test left is removed afterwards.
/// </summary>
public abstract class DockerTest : IAsyncLifetime
{
    protected static readonly TimeSpan Generous = TimeSpan.FromMinutes(2);

    protected DockerTest()
    {
        RunId = "test-" + Guid.NewGuid().ToString("N")[..12];
        WorkDirectory = Directory.CreateTempSubdirectory("docker-lab-test-").FullName;
        Context = new LabContext(RunId, WorkDirectory, new Progress<SampleProgress>());
    }

    protected DockerRuntime Runtime { get; } = DockerRuntime.FromEnvironment();
    /// <summary><see cref="Runtime"/> for every spec that does not declare an engine of its own.</summary>
    protected DockerEngines Engines => new(Runtime);
    protected string RunId { get; }
    protected string WorkDirectory { get; }
    protected LabContext Context { get; }

    private readonly CancellationTokenSource _timeout = new(Generous);

    /// <summary>A token that ends a test that hangs instead of hanging the suite.</summary>
    protected CancellationToken TestTimeout => _timeout.Token;

    protected static ExperimentSpec Spec(string kind, int samples = 2, int warmup = 0, TimeSpan? timeout = null,
        params (string Key, string Value)[] parameters) => new()
    {
        Id = kind,
        Kind = kind,
        Samples = samples,
        Warmup = warmup,
        Timeout = timeout ?? TimeSpan.FromSeconds(60),
        Parameters = parameters.ToDictionary(p => p.Key, p => p.Value),
        SourcePath = "test.yml",
        Line = 1,
        Column = 3,
    };

    /// <summary>What this test's run left on the engine (containers, images), listed by its label.</summary>
    protected async Task<LabLeftovers> LeftoversAsync()
    {
        using var docker = await Runtime.OpenAsync(TestTimeout);
        return await new LabCleaner(docker).FindAsync(RunId, TestTimeout);
    }

    protected async Task AssertNothingLeftAsync()
    {
        var left = await LeftoversAsync();
        Assert.Empty(left.Containers);
        Assert.Empty(left.Images);
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        using (var docker = await Runtime.OpenAsync(CancellationToken.None))
            await new LabCleaner(docker).CleanAsync(RunId, CancellationToken.None);
        Directory.Delete(WorkDirectory, recursive: true);
        _timeout.Dispose();
    }
}
