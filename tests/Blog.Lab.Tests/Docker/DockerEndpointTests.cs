using Blog.Lab.Runtimes.Docker;

namespace Blog.Lab.Tests.Docker;

public class DockerEndpointTests
{
    [Fact]
    public void Without_DOCKER_HOST_the_endpoint_is_the_local_unix_socket()
    {
        var endpoint = DockerEndpoint.Parse(null);

        Assert.Equal("unix:///var/run/docker.sock", endpoint.ToString());
        Assert.True(endpoint.IsLocal);
    }

    [Fact]
    public void A_tcp_DOCKER_HOST_is_reached_over_plain_http()
    {
        var endpoint = DockerEndpoint.Parse("tcp://build-box:2375");

        Assert.Equal(new Uri("http://build-box:2375/"), endpoint.Uri);
        Assert.False(endpoint.IsLocal);
    }

    [Fact]
    public void DOCKER_API_VERSION_pins_the_api_version()
    {
        Assert.Equal(new Version(1, 41), DockerEndpoint.Parse(null, "1.41").ApiVersion);
        Assert.Null(DockerEndpoint.Parse(null, null).ApiVersion);
    }

    [Fact]
    public void An_ssh_DOCKER_HOST_is_reached_through_a_tunnel()
    {
        var endpoint = DockerEndpoint.Parse("ssh://me@big-box:2222");

        Assert.True(endpoint.IsSsh);
        Assert.False(endpoint.IsLocal);
        Assert.Equal("ssh://me@big-box:2222", endpoint.ToString());
    }

    [Fact]
    public void The_tunnel_forwards_a_private_socket_to_the_host_s_engine_without_prompting()
    {
        var command = SshTunnel.Command(DockerEndpoint.Parse("ssh://me@big-box:2222"), "/tmp/blog-lab-ssh-x/docker.sock", TimeSpan.FromSeconds(30));

        Assert.Equal("ssh", command.FileName);
        Assert.Contains("BatchMode=yes", command.Arguments);
        Assert.Contains("ConnectTimeout=30", command.Arguments);
        Assert.Equal(["-p", "2222", "-L", "/tmp/blog-lab-ssh-x/docker.sock:/var/run/docker.sock", "--", "me@big-box"], command.Arguments.TakeLast(6));
    }

    [Fact]
    public void An_ssh_DOCKER_HOST_with_a_path_is_refused() =>
        Assert.Contains("ssh://[user@]host[:port], with no path",
            Assert.Throws<DockerUnavailableException>(() => DockerEndpoint.Parse("ssh://me@big-box/var/run/docker.sock")).Message);

    [Fact]
    public void A_DOCKER_HOST_with_an_unknown_scheme_is_refused()
    {
        var error = Assert.Throws<DockerUnavailableException>(() => DockerEndpoint.Parse("fd://3"));

        Assert.Contains("unsupported scheme 'fd'", error.Message);
    }
}
