using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Specs;
using Blog.Lab.Tests.Running;

namespace Blog.Lab.Tests.Measurement;

public class SamplerTests
{
    private static readonly ExperimentSpec Spec = new() { Id = "s", Kind = "k", Samples = 3, Warmup = 2, Timeout = TimeSpan.FromSeconds(30) };

    [Fact]
    public async Task Warm_up_runs_are_taken_and_discarded()
    {
        var calls = 0;
        var kept = await new Sampler(Spec, new SynchronousProgress<SampleProgress>(_ => { }))
            .CollectAsync(_ => Task.FromResult(++calls), default);

        Assert.Equal(5, calls);
        Assert.Equal([3, 4, 5], kept);
    }

    [Fact]
    public async Task Each_run_is_reported_with_its_phase_and_index()
    {
        var reports = new List<string>();
        await new Sampler(Spec, new SynchronousProgress<SampleProgress>(p => reports.Add($"{p.Phase} {p.Index}/{p.Total}")))
            .CollectAsync(_ => Task.FromResult(1), default);

        Assert.Equal(["warm-up 1/2", "warm-up 2/2", "sample 1/3", "sample 2/3", "sample 3/3"], reports);
    }

    [Fact]
    public async Task A_run_past_the_timeout_has_its_token_cancelled_and_fails_as_a_timeout()
    {
        var spec = Spec with { Timeout = TimeSpan.FromMilliseconds(50) };
        var failure = await Assert.ThrowsAsync<SampleTimeoutException>(() => new Sampler(spec, new SynchronousProgress<SampleProgress>(_ => { }))
            .CollectAsync(async ct => { await Task.Delay(Timeout.Infinite, ct); return 0; }, default));
        Assert.Equal("s: warm-up 1/2 took longer than the timeout of 0.05s", failure.Message);
    }

    [Fact]
    public async Task Cancelling_the_run_is_a_cancellation_not_a_timeout()
    {
        using var cts = new CancellationTokenSource();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => new Sampler(Spec, new SynchronousProgress<SampleProgress>(_ => cts.Cancel()))
            .CollectAsync(async ct => { await Task.Delay(Timeout.Infinite, ct); return 0; }, cts.Token));
    }
}
