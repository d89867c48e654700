using Blog.Lab.Experiments.Containers;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab.Tests.Docker;

public class DockerRuntimeTests : DockerTest
{
    [Fact]
    public async Task The_probe_reports_the_engine_api_runc_and_host_the_docker_cli_reports()
    {
        var probe = await Runtime.ProbeAsync(TestTimeout);

        Assert.True(probe.Available, probe.Message);
        Assert.Equal(await DockerCliAsync("version", "-f", "{{.Server.Version}}"), probe.Version);
        Assert.Equal(await DockerCliAsync("version", "-f", "{{.Server.APIVersion}}"), probe.Facts[ProvenanceKeys.DockerApi]);
        Assert.Equal(await DockerCliAsync("version", "-f", "{{range .Server.Components}}{{if eq .Name \"runc\"}}{{.Version}}{{end}}{{end}}"),
            probe.Facts[ProvenanceKeys.Runc]);
        Assert.Equal(await DockerCliAsync("info", "-f", "{{.Name}}"), probe.Facts[ProvenanceKeys.DockerHost]);
        Assert.Equal(Runtime.Endpoint.ToString(), probe.Facts["docker_endpoint"]);
    }

    [Fact]
    public async Task A_tcp_DOCKER_HOST_reaches_the_engine_and_is_recorded_as_the_endpoint()
    {
        await using var forwarder = new TcpToUnixForwarder(Runtime.Endpoint.Uri.AbsolutePath);
        var overTcp = new DockerRuntime(DockerEndpoint.Parse($"tcp://127.0.0.1:{forwarder.Port}"));

        var probe = await overTcp.ProbeAsync(TestTimeout);

        Assert.True(probe.Available, probe.Message);
        Assert.Equal($"http://127.0.0.1:{forwarder.Port}/", probe.Facts["docker_endpoint"]);
    }

    [Fact]
    public async Task An_unreachable_daemon_probes_as_unavailable_with_what_to_install_and_start()
    {
        var unreachable = new DockerRuntime(DockerEndpoint.Parse("unix:///nonexistent.sock"));

        var probe = await unreachable.ProbeAsync(TestTimeout);

        Assert.False(probe.Available);
        Assert.StartsWith("Docker is not running at unix:///nonexistent.sock: install docker.io and start dockerd", probe.Message);
    }

    [Fact]
    public async Task An_experiment_against_an_unreachable_daemon_fails_with_the_same_clear_message()
    {
        var unreachable = new DockerRuntime(DockerEndpoint.Parse("unix:///nonexistent.sock"));

        var error = await Assert.ThrowsAsync<DockerUnavailableException>(() =>
            new ContainerStartExperiment(new DockerEngines(unreachable)).RunAsync(Spec("container-start"), Context, TestTimeout));

        Assert.StartsWith("Docker is not running at unix:///nonexistent.sock", error.Message);
    }

    private async Task<string> DockerCliAsync(params string[] arguments)
    {
        var result = await ChildProcess.RunAsync(new ProcessCommand("docker", arguments), TestTimeout);
        Assert.True(result.Succeeded, result.StandardError);
        return result.StandardOutput.Trim();
    }
}
