using Blog.Lab.Experiments;
using Blog.Lab.Experiments.Containers;

namespace Blog.Lab.Tests.Docker;

/// <summary>Each container experiment run once, for real, with few samples: what it reports, and that it leaves nothing.</summary>
public class ContainerExperimentTests : DockerTest
{
    [Fact]
    public async Task Container_start_measures_every_sample_and_removes_its_containers_and_image()
    {
        var outcome = await new ContainerStartExperiment(Engines).RunAsync(Spec("container-start", samples: 3, warmup: 1), Context, TestTimeout);

        var samples = outcome.Metrics["create_to_exit_ms"].Samples;
        Assert.Equal(3, samples.Count);
        Assert.All(samples, ms => Assert.True(ms > 0));
        Assert.Equal("ms", outcome.Metrics["create_to_exit_ms"].Unit);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Exec_latency_is_measured_in_one_running_container_removed_afterwards()
    {
        var outcome = await new ContainerExecExperiment(Engines).RunAsync(Spec("container-exec", samples: 3), Context, TestTimeout);

        Assert.Equal(3, outcome.Metrics["exec_ms"].Samples.Count);
        Assert.All(outcome.Metrics["exec_ms"].Samples, ms => Assert.True(ms > 0));
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Idle_memory_is_read_from_the_cgroup_and_stays_under_the_limit()
    {
        var spec = Spec("container-idle-memory", samples: 2, parameters: [("settle", "200ms"), ("memory", "32m")]);

        var outcome = await new ContainerIdleMemoryExperiment(Engines).RunAsync(spec, Context, TestTimeout);

        Assert.All(outcome.Metrics["memory_bytes"].Samples, bytes => Assert.InRange(bytes, 1, 32 * 1024 * 1024));
        Assert.Equal(File.Exists("/sys/fs/cgroup/cgroup.controllers") ? "v2" : "v1", outcome.Facts["cgroup"]);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task The_image_is_one_layer_holding_little_more_than_the_busybox_binary()
    {
        var outcome = await new ContainerImageExperiment(Engines).RunAsync(Spec("container-image", samples: 1), Context, TestTimeout);

        var binary = new FileInfo("/bin/busybox").Length;
        Assert.Equal([1.0], outcome.Metrics["layers_count"].Samples);
        Assert.Equal([(double)binary], outcome.Metrics["busybox_bytes"].Samples);
        Assert.InRange(outcome.Metrics["image_bytes"].Samples[0], binary, binary * 1.05);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task The_kernel_seen_inside_a_container_is_the_hosts()
    {
        var outcome = await new ContainerKernelExperiment(Engines).RunAsync(Spec("container-kernel", samples: 1), Context, TestTimeout);

        var host = (await File.ReadAllTextAsync("/proc/sys/kernel/osrelease")).Trim();
        Assert.Equal(host, outcome.Facts["kernel_inside"]);
        Assert.Equal("true", outcome.Facts["same_kernel"]);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task A_container_gets_its_own_mount_pid_network_uts_and_ipc_namespaces()
    {
        var outcome = await new ContainerNamespacesExperiment(Engines).RunAsync(Spec("container-namespaces", samples: 1), Context, TestTimeout);

        var isolated = outcome.Facts["isolated"].Split(' ');
        Assert.Subset(isolated.ToHashSet(), new HashSet<string> { "ipc", "mnt", "net", "pid", "uts" });
        Assert.Contains("user", outcome.Facts["shared"].Split(' '));
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task A_container_allocating_past_its_memory_limit_is_OOM_killed()
    {
        var spec = Spec("container-memory-limit", samples: 1, parameters: [("memory", "16m")]);

        var outcome = await new ContainerMemoryLimitExperiment(Engines).RunAsync(spec, Context, TestTimeout);

        Assert.Equal("true", outcome.Facts["oom_killed"]);
        Assert.Equal("137", outcome.Facts["exit_code"]);
        Assert.Equal((16 * 1024 * 1024).ToString(), outcome.Facts["memory_limit_bytes"]);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task The_shared_cpu_workload_runs_inside_a_container_and_is_timed_by_the_engine()
    {
        var outcome = await new ContainerCpuExperiment(Engines).RunAsync(Spec("container-cpu", samples: 1), Context, TestTimeout);

        var workload = outcome.Metrics["workload_ms"].Samples[0];
        Assert.True(workload > 0);
        Assert.True(outcome.Metrics["run_ms"].Samples[0] > workload);
        Assert.Equal(CpuWorkload.Iterations.ToString(), outcome.Facts["iterations"]);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Density_measures_each_instance_count_that_fits_in_memory()
    {
        var spec = Spec("container-density", samples: 1, parameters: [("instances", "1,2"), ("settle", "100ms")]);

        var outcome = await new ContainerDensityExperiment(Engines).RunAsync(spec, Context, TestTimeout);

        Assert.Equal(
            ["memory_per_instance_bytes_k1", "memory_per_instance_bytes_k2", "start_all_ms_k1", "start_all_ms_k2", "start_remove_all_ms_k1", "start_remove_all_ms_k2"],
            outcome.Metrics.Keys.Order(StringComparer.Ordinal));
        Assert.All(outcome.Metrics.Values, m => Assert.True(m.Samples[0] > 0));
        await AssertNothingLeftAsync();
    }

    [Fact]
    public async Task Density_leaves_out_an_instance_count_whose_limits_exceed_half_the_engines_memory()
    {
        var spec = Spec("container-density", samples: 1, parameters: [("instances", "1,256"), ("memory", "1g"), ("settle", "0ms")]);

        var outcome = await new ContainerDensityExperiment(Engines).RunAsync(spec, Context, TestTimeout);

        Assert.Equal("256", outcome.Facts["left_out"]);
        Assert.DoesNotContain("start_all_ms_k256", outcome.Metrics.Keys);
        await AssertNothingLeftAsync();
    }

    [Fact]
    public void Every_container_experiment_has_an_equivalent_docker_command()
    {
        foreach (var experiment in ContainerExperiments.For(Engines))
            Assert.Contains("docker ", experiment.EquivalentCommand(Spec(experiment.Kind)));
    }

    [Fact]
    public void A_bad_memory_parameter_is_an_error_at_the_specs_position()
    {
        var error = Assert.Throws<FormatException>(() =>
            new ContainerStartExperiment(Engines).EquivalentCommand(Spec("container-start", parameters: [("memory", "lots")])));

        Assert.Equal("test.yml:1:3: container-start: parameter memory: 'lots' is not a size such as 64m, 512k or 1g", error.Message);
    }
}
