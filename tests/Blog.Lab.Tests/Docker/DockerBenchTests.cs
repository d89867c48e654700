using Blog.Lab.Experiments;
using Blog.Lab.Experiments.Containers;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab.Tests.Docker;

public class DockerBenchTests : DockerTest
{
    [Fact]
    public async Task The_timed_equivalent_commands_succeed_on_the_prepared_bench()
    {
        var experiments = new IExperiment[]
        {
            new ContainerStartExperiment(Engines), new ContainerExecExperiment(Engines),
            new ContainerKernelExperiment(Engines), new ContainerMemoryLimitExperiment(Engines),
        };
        try
        {
            foreach (var experiment in experiments)
            {
                await ((IPreparesWorkFiles)experiment).PrepareAsync(Spec(experiment.Kind), WorkDirectory, TestTimeout);
                var command = experiment.EquivalentCommand(Spec(experiment.Kind))!;

                var result = await ChildProcess.RunAsync(new ProcessCommand("sh", "-c", command), TestTimeout);

                Assert.True(result.Succeeded, $"{command}\n{result.StandardError}");
            }
        }
        finally
        {
            using var docker = await Runtime.OpenAsync(CancellationToken.None);
            await new LabCleaner(docker).CleanAsync(DockerBench.RunId, CancellationToken.None);
        }
    }
}
