using Blog.Lab.Experiments;
using Blog.Lab.Runtimes;
using Blog.Lab.Running;
using static Blog.Lab.Tests.Running.ScriptedExperiment;

namespace Blog.Lab.Tests.Running;

/// <summary>A run measures light experiments first, then heavy ones, then VMs; within a weight, in the declared order.</summary>
public sealed class RunOrderTests
{
    private static readonly ExperimentCatalogue Catalogue = new([new NativeRuntime()],
    [
        new ScriptedExperiment("start", Behaviour.Succeed),
        new ScriptedExperiment("density", Behaviour.Succeed, weight: ExperimentWeight.Heavy),
        new ScriptedExperiment("cpu", Behaviour.Succeed, weight: ExperimentWeight.Heavy),
        new ScriptedExperiment("vm", Behaviour.Succeed, weight: ExperimentWeight.Heaviest),
    ]);

    [Fact]
    public void Light_experiments_come_first_and_vms_last_the_declared_order_kept_within_each()
    {
        var declared = new[] { ("vm-boot", "vm"), ("density", "density"), ("start-a", "start"), ("cpu", "cpu"), ("start-b", "start") }
            .Select(s => TestData.Spec(s.Item1, s.Item2)).ToList();

        var order = RunOrder.LightToHeavy(declared, Catalogue).Select(s => s.Id);

        Assert.Equal(["start-a", "start-b", "density", "cpu", "vm-boot"], order);
    }

    [Fact]
    public void The_lab_s_own_kinds_put_process_and_container_facts_before_cpu_loops_and_density_and_vms_last()
    {
        var kinds = LabCatalogue.Create().Experiments.ToDictionary(e => e.Kind, e => e.Weight);

        Assert.All(new[] { "native-start", "native-idle-memory", "jvm-start", "dotnet-idle-memory", "container-start",
            "container-kernel", "container-namespaces", "container-image", "vm-image-size" }, k => Assert.Equal(ExperimentWeight.Light, kinds[k]));
        Assert.All(new[] { "native-cpu", "container-cpu", "container-density" }, k => Assert.Equal(ExperimentWeight.Heavy, kinds[k]));
        Assert.All(new[] { "vm-boot", "vm-guest-kernel", "vm-idle-memory", "vm-cpu", "vm-density" }, k => Assert.Equal(ExperimentWeight.Heaviest, kinds[k]));
    }
}
