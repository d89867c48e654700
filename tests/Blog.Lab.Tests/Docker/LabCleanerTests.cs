using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab.Tests.Docker;

public class LabCleanerTests : DockerTest
{
    [Fact]
    public async Task Lab_clean_removes_a_runs_running_and_stopped_containers_and_its_image_and_says_which()
    {
        using var docker = await Runtime.OpenAsync(TestTimeout);
        var (image, running, stopped) = await LeaveBehindAsync(docker);

        var removed = await new LabCleaner(docker).CleanAsync(RunId, TestTimeout);

        Assert.Equal(new[] { running, stopped }.Order(), removed.Containers.Order());
        Assert.Equal([image], removed.Images);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Lab_clean_without_a_run_finds_what_every_run_left()
    {
        // Cleaning everything here would remove what tests running in parallel are using; finding is the same query.
        using var docker = await Runtime.OpenAsync(TestTimeout);
        var (image, running, stopped) = await LeaveBehindAsync(docker);

        var found = await new LabCleaner(docker).FindAsync(null, TestTimeout);

        Assert.Contains(running, found.Containers);
        Assert.Contains(stopped, found.Containers);
        Assert.Contains(image, found.Images);
    }

    /// <summary>An image, a running and a created container of this run, none of them disposed.</summary>
    private async Task<(string Image, string Running, string Stopped)> LeaveBehindAsync(DockerSession docker)
    {
        var image = await BusyboxImage.BuildAsync(docker, RunId, TestTimeout);
        var running = await LabContainer.CreateAsync(docker, new LabContainerSpec(image.Tag, ["sleep", "3600"], SandboxLimits.Default), RunId, TestTimeout);
        await running.StartAsync(TestTimeout);
        var stopped = await LabContainer.CreateAsync(docker, new LabContainerSpec(image.Tag, ["true"], SandboxLimits.Default), RunId, TestTimeout);
        return (image.Tag, running.Id, stopped.Id);
    }
}
