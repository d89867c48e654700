using System.Net;
using System.Net.Sockets;
using Blog.Lab.Experiments;
using Blog.Lab.Experiments.Containers;
using Blog.Lab.Measurement;
using Blog.Lab.Results;
using Blog.Lab.Running;
using Blog.Lab.Runtimes.Docker;
using Blog.Lab.Specs;
using Blog.Lab.Tests.Liquid;

namespace Blog.Lab.Tests.Docker;

/// <summary>
/// Specs that declare their engine (<c>docker_host: ssh://root@127.0.0.1:PORT</c>, a real sshd in front of the real
/// engine) beside specs that use the shared one, in one run: each is measured on its own engine, and an engine that
/// does not answer leaves its spec unmeasured (its result kept) without stopping the others.
/// </summary>
public sealed class DeclaredEngineRunTests(SshServer server) : DockerTest, IClassFixture<SshServer>
{
    private string Results => Path.Combine(WorkDirectory, "results");

    private (LabRunner Runner, ExperimentCatalogue Catalogue) Lab(DockerRuntime? shared = null)
    {
        var engines = new DockerEngines(shared ?? Runtime, new DeclaredEngineSettings { ApiVersion = "1.41", SshArguments = server.Endpoint().SshArguments });
        var catalogue = new ExperimentCatalogue([engines.Shared], ContainerExperiments.For(engines), [engines]);
        return (new LabRunner(catalogue, new ResultStore(Results), new LabRunnerOptions { TemporaryRoot = WorkDirectory, Settle = SettlePolicy.None }), catalogue);
    }

    private static IReadOnlyList<ExperimentSpec> Load(ExperimentCatalogue catalogue, string yaml) =>
        catalogue.SpecLoader().Load([("_lab/hosts.yml", yaml)]);

    private static string Specs(string remoteHost, int samples = 2) => $"""
        - id: start-here
          kind: container-start
          samples: 2
          warmup: 0
        - id: start-remote
          kind: container-start
          samples: {samples}
          warmup: 0
          docker_host: {remoteHost}
        """;

    private Task<LabRunReport> RunAsync(LabRunner runner, IReadOnlyList<ExperimentSpec> specs, LabMode mode) =>
        runner.RunAsync(specs, mode, new Progress<LabProgress>(), TestTimeout);

    [Fact]
    public async Task Each_experiment_of_one_run_is_measured_on_the_engine_its_spec_declares()
    {
        var (runner, catalogue) = Lab();
        var specs = Load(catalogue, Specs($"ssh://root@127.0.0.1:{server.Port}"));

        var report = await RunAsync(runner, specs, LabMode.Auto);

        Assert.True(report.Succeeded, string.Join("; ", report.Experiments.Select(e => e.Message)));
        var here = report.Experiments.Single(e => e.Id == "start-here").Result!.Provenance.Runtimes["docker"];
        var remote = report.Experiments.Single(e => e.Id == "start-remote").Result!.Provenance.Runtimes["docker"];
        Assert.Equal(Runtime.Endpoint.ToString(), here[ProvenanceKeys.DockerEndpoint]);
        Assert.Equal($"ssh://root@127.0.0.1:{server.Port}", remote[ProvenanceKeys.DockerEndpoint]);
        Assert.Equal(here[ProvenanceKeys.DockerHost], remote[ProvenanceKeys.DockerHost]); // the sshd fronts this machine's engine
        Assert.StartsWith($"export DOCKER_HOST='ssh://root@127.0.0.1:{server.Port}'; docker run",
            report.Experiments.Single(e => e.Id == "start-remote").Result!.EquivalentCommand);
        await AssertNothingLeftAsync();
        Assert.Empty(SshServer.SshProcessesMentioning(server.Folder));
    }

    [Fact]
    public async Task A_declared_engine_is_measured_even_when_the_DOCKER_HOST_engine_is_down()
    {
        var (runner, catalogue) = Lab(shared: new DockerRuntime(DockerEndpoint.Parse("unix:///nonexistent/docker.sock")));
        var remote = Load(catalogue, Specs($"ssh://root@127.0.0.1:{server.Port}")).Single(s => s.Id == "start-remote");

        var report = await RunAsync(runner, [remote], LabMode.Auto);

        var run = Assert.Single(report.Experiments);
        Assert.True(run.Outcome == RunOutcome.Measured, run.Message);
        Assert.Equal($"ssh://root@127.0.0.1:{server.Port}", run.Result!.Provenance.Runtimes["docker"][ProvenanceKeys.DockerEndpoint]);
    }

    [Fact]
    public async Task A_table_of_results_from_two_engines_on_one_host_names_each_endpoint()
    {
        var (runner, catalogue) = Lab();
        var specs = Load(catalogue, Specs($"ssh://root@127.0.0.1:{server.Port}"));
        var report = await RunAsync(runner, specs, LabMode.Auto);
        Assert.True(report.Succeeded, string.Join("; ", report.Experiments.Select(e => e.Message)));
        var store = new ResultStore(Results);
        var stored = new List<(ExperimentSpec, LabResult?)>();
        foreach (var spec in specs) stored.Add((spec, await store.ReadAsync(spec.Id, TestTimeout)));

        var html = await LabPage.With([.. stored]).RenderAsync("{% lab_table start-here start-remote %}");

        // Both engines front this machine, so the host alone would read the same: each row group names its endpoint.
        var host = stored[0].Item2!.Provenance.Runtimes["docker"][ProvenanceKeys.DockerHost];
        Assert.Contains($"<span class=\"lab-host\">on {host} ({Runtime.Endpoint})</span>", html);
        Assert.Contains($"<span class=\"lab-host\">on {host} (ssh://root@127.0.0.1:{server.Port})</span>", html);
    }

    [Fact]
    public async Task An_unreachable_declared_engine_leaves_its_experiment_unmeasured_and_the_others_measured()
    {
        var (runner, catalogue) = Lab();
        var closed = ClosedPort();
        var specs = Load(catalogue, Specs($"ssh://root@127.0.0.1:{closed}"));

        var report = await RunAsync(runner, specs, LabMode.Auto);

        Assert.Null(report.Refusal);
        Assert.False(report.Succeeded); // lab run exits non-zero: it did not do all it was asked
        Assert.Equal(RunOutcome.Measured, report.Experiments.Single(e => e.Id == "start-here").Outcome);
        var remote = report.Experiments.Single(e => e.Id == "start-remote");
        Assert.Equal(RunOutcome.Unreachable, remote.Outcome);
        Assert.StartsWith($"missing and not measured: the engine it declares, ssh://root@127.0.0.1:{closed} (docker_host), does not answer: ssh to", remote.Message);
        Assert.Contains("Connection refused", remote.Message);
        Assert.Contains($"start-remote: {remote.Message}", report.Warnings);
        Assert.False(File.Exists(new ResultStore(Results).PathOf("start-remote")));
        await AssertNothingLeftAsync();
    }

    [Theory]
    [InlineData(LabMode.Auto)]
    [InlineData(LabMode.Force)]
    public async Task A_stored_result_whose_declared_engine_is_unreachable_is_kept_not_measured_elsewhere(LabMode mode)
    {
        var (runner, catalogue) = Lab();
        var closed = ClosedPort();
        var remoteBefore = Load(catalogue, Specs($"ssh://root@127.0.0.1:{closed}", samples: 3)).Single(s => s.Id == "start-remote");
        var store = new ResultStore(Results);
        await store.WriteAsync(TestData.Result(remoteBefore, ["docker"]), TestTimeout);
        var bytesBefore = await File.ReadAllBytesAsync(store.PathOf("start-remote"), TestTimeout);
        var remoteNow = Load(catalogue, Specs($"ssh://root@127.0.0.1:{closed}")).Single(s => s.Id == "start-remote");

        var report = await RunAsync(runner, [remoteNow], mode);

        var run = Assert.Single(report.Experiments);
        Assert.Equal(RunOutcome.Unreachable, run.Outcome);
        Assert.StartsWith("stale and not measured: the engine it declares", run.Message);
        Assert.Equal(bytesBefore, await File.ReadAllBytesAsync(store.PathOf("start-remote"), TestTimeout));
        Assert.Equal(TestData.Result(remoteBefore, ["docker"]).RunId, run.Result!.RunId); // what the page renders
    }

    private static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port; // closed again when the listener is disposed
    }
}
