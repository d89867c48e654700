using Blog.Lab.Experiments;
using Blog.Lab.Experiments.Containers;
using Blog.Lab.Experiments.Processes;
using Blog.Lab.Liquid.Specs;
using Blog.Lab.Results;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Specs;

namespace Blog.Lab.Tests.Specs;

/// <summary>A container spec's <c>docker_host:</c>, as the spec loader reads and checks it.</summary>
public class DeclaredEngineSpecTests
{
    private static readonly DockerEngines Engines = new(new DockerRuntime(DockerEndpoint.Parse(null)));
    private static readonly ExperimentCatalogue Catalogue = new(
        [new NativeRuntime(), Engines.Shared], [new ProcessWorkloadExperiment(ProcessPrograms.Native, ProcessWorkload.Start), .. ContainerExperiments.For(Engines)], [Engines]);

    private static ExperimentSpec Load(string yaml) => Assert.Single(Catalogue.SpecLoader().Load([("_lab/hosts.yml", yaml)]));

    private static IReadOnlyList<string> Errors(string yaml) =>
        Assert.Throws<SpecException>(() => Catalogue.SpecLoader().Load([("_lab/hosts.yml", yaml)])).Errors.Select(e => e.ToString()).ToList();

    [Theory]
    [InlineData("ssh://me@big-box")]
    [InlineData("ssh://me@big-box:2222")]
    [InlineData("tcp://build-box:2375")]
    [InlineData("unix:///var/run/docker.sock")]
    public void A_container_spec_may_declare_the_engine_it_measures_on(string host)
    {
        var spec = Load($"- id: start-big\n  kind: container-start\n  docker_host: {host}\n");

        Assert.Equal(host, spec.Parameter(DockerEngines.HostParameter));
        Assert.Equal($"{host} (docker_host)", Catalogue.RunsOn(spec));
    }

    [Fact]
    public void A_container_spec_without_one_runs_on_the_DOCKER_HOST_engine() =>
        Assert.Equal("unix:///var/run/docker.sock", Catalogue.RunsOn(Load("- id: start\n  kind: container-start\n")));

    [Fact]
    public void Other_kinds_run_on_this_machine() =>
        Assert.Equal("this machine", Catalogue.RunsOn(Load("- id: native\n  kind: native-start\n")));

    [Fact]
    public void The_equivalent_command_of_a_spec_with_an_engine_talks_to_that_engine()
    {
        var declared = Load("- id: start-big\n  kind: container-start\n  docker_host: ssh://me@big-box\n");
        var shared = Load("- id: start\n  kind: container-start\n");

        Assert.Equal("export DOCKER_HOST='ssh://me@big-box'; " + Catalogue.EquivalentCommand(shared), Catalogue.EquivalentCommand(declared));
        Assert.StartsWith("docker run --rm ", Catalogue.EquivalentCommand(shared));
    }

    [Fact]
    public void An_unknown_scheme_is_an_error_at_the_value() =>
        Assert.Equal(["_lab/hosts.yml:3:16: docker_host 'ftp://big-box': unsupported scheme 'ftp' (use unix://, tcp:// or ssh://)"],
            Errors("- id: start\n  kind: container-start\n  docker_host: ftp://big-box\n"));

    [Fact]
    public void A_value_that_is_no_address_is_an_error_at_the_value() =>
        Assert.Equal(["_lab/hosts.yml:3:16: docker_host 'big box' is not an address such as unix:///var/run/docker.sock or tcp://host:2375"],
            Errors("- id: start\n  kind: container-start\n  docker_host: big box\n"));

    [Fact]
    public void An_ssh_address_with_a_path_is_an_error_at_the_value() =>
        Assert.Equal(["_lab/hosts.yml:3:16: docker_host 'ssh://me@big-box/var/run/docker.sock': an ssh address is ssh://[user@]host[:port], with no path"],
            Errors("- id: start\n  kind: container-start\n  docker_host: ssh://me@big-box/var/run/docker.sock\n"));

    [Fact]
    public void An_engine_on_a_kind_that_runs_no_container_is_an_error_at_the_value() =>
        Assert.StartsWith("_lab/hosts.yml:3:16: docker_host is not a parameter of kind 'native-start' (only of: container-cpu, container-density,",
            Assert.Single(Errors("- id: native\n  kind: native-start\n  docker_host: ssh://me@big-box\n")));

    [Fact]
    public void Bad_engines_are_collected_with_the_other_errors() =>
        Assert.Equal(2, Errors("- id: a\n  kind: container-start\n  docker_host: ftp://x\n- id: b\n  kind: container-exec\n  docker_host: fd://3\n").Count);

    [Fact]
    public void Declaring_an_engine_makes_the_result_stale_and_says_so()
    {
        var before = Load("- id: start\n  kind: container-start\n");
        var after = Load("- id: start\n  kind: container-start\n  docker_host: ssh://me@big-box\n");

        var status = ResultStatus.Of(after, TestData.Result(before, ["docker"]));

        Assert.NotEqual(before.Hash, after.Hash);
        Assert.Equal(Freshness.Stale, status.Freshness);
        Assert.Equal("spec changed since it was measured: docker_host added (ssh://me@big-box)", status.Reason);
    }

    [Fact]
    public void A_spec_without_an_engine_keeps_the_hash_it_had_before_engines_could_be_declared() =>
        // sha256("id=container-start\nkind=container-start\nsamples=30\nwarmup=3\ntimeout=60000\n")[..16]: the hash before docker_host existed.
        Assert.Equal("0e240f79ba2c43d2", Load("- id: container-start\n  kind: container-start\n  samples: 30\n  warmup: 3\n").Hash);

    [Fact]
    public async Task The_committed_results_stay_fresh()
    {
        var input = Path.Combine(RepositoryRoot(), "input");
        var specs = await DeclaredSpecs.LoadAsync(input, LabCatalogue.Create(), default);
        var store = new ResultStore(Path.Combine(input, "_lab", "results"));

        Assert.NotEmpty(specs);
        foreach (var spec in specs)
        {
            var status = await store.StatusAsync(spec, default);
            Assert.True(status.Freshness == Freshness.Fresh, $"{spec.Id}: {status.Reason}");
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Blog.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new DirectoryNotFoundException("Blog.sln above " + AppContext.BaseDirectory);
    }
}
