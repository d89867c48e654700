using Blog.Lab.Measurement;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab.Tests.Docker;

public class ContainerRunTests : DockerTest
{
    [Fact]
    public async Task A_container_run_to_its_exit_reports_its_exit_and_is_then_removed()
    {
        using var docker = await Runtime.OpenAsync(TestTimeout);
        await using (var image = await BusyboxImage.BuildAsync(docker, RunId, TestTimeout))
        {
            var run = await ContainerRun.RunAsync(docker, new LabContainerSpec(image.Tag, ["true"], SandboxLimits.Default), RunId, TestTimeout);

            Assert.Equal(0, run.Exit.ExitCode);
            Assert.False(run.Exit.OomKilled);
            Assert.True(run.CreateToExit > TimeSpan.Zero);
            Assert.Empty((await LeftoversAsync()).Containers);
        }
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task A_container_that_hangs_past_its_timeout_is_killed_and_removed()
    {
        using var docker = await Runtime.OpenAsync(TestTimeout);
        await using (var image = await BusyboxImage.BuildAsync(docker, RunId, TestTimeout))
        {
            var spec = Spec("hang", samples: 1, timeout: TimeSpan.FromSeconds(2));
            var hang = new LabContainerSpec(image.Tag, ["sleep", "3600"], SandboxLimits.Default);

            await Assert.ThrowsAsync<SampleTimeoutException>(() => new Sampler(spec, Context)
                .CollectAsync(ct => ContainerRun.RunAsync(docker, hang, RunId, ct), TestTimeout));

            Assert.Empty((await LeftoversAsync()).Containers);
        }
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Waiting_for_a_container_is_bounded_by_the_sample_not_by_the_engine_call_timeout()
    {
        var quick = new DockerRuntime(Runtime.Endpoint, DockerTimeouts.Default with { Operation = TimeSpan.FromSeconds(2) });
        using var docker = await quick.OpenAsync(TestTimeout);
        await using (var image = await BusyboxImage.BuildAsync(docker, RunId, TestTimeout))
        {
            var run = await ContainerRun.RunAsync(docker, new LabContainerSpec(image.Tag, ["sleep", "4"], SandboxLimits.Default), RunId, TestTimeout);

            Assert.Equal(0, run.Exit.ExitCode);
        }
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task An_engine_call_past_its_timeout_fails_naming_the_operation()
    {
        var error = await Assert.ThrowsAsync<TimeoutException>(() => DockerOperation.RunAsync(
            "list everything", TimeSpan.FromMilliseconds(50), ct => Task.Delay(TimeSpan.FromMinutes(1), ct), TestTimeout));

        Assert.Equal("docker: list everything did not finish within 0.05s", error.Message);
    }

    [Fact]
    public async Task Cancelling_a_run_removes_its_containers_and_its_image()
    {
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(TestTimeout);
        var density = new Blog.Lab.Experiments.Containers.ContainerDensityExperiment(Engines);
        var spec = Spec("container-density", samples: 1, parameters: [("instances", "2"), ("settle", "60s")]);

        var running = density.RunAsync(spec, Context, cancel.Token);
        await WaitUntilAsync(async () => (await LeftoversAsync()).Containers.Count == 2);
        cancel.Cancel();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => running);
        await AssertNothingLeftAsync();
    }

    private async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        while (!await condition())
            await Task.Delay(100, TestTimeout);
    }
}
