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
    public void An_ssh_DOCKER_HOST_is_refused_with_the_tunnel_to_use_instead()
    {
        var error = Assert.Throws<DockerUnavailableException>(() => DockerEndpoint.Parse("ssh://me@big-box"));

        Assert.Contains("ssh -fNL /tmp/remote-docker.sock:/var/run/docker.sock me@big-box", error.Message);
        Assert.Contains("DOCKER_HOST=unix:///tmp/remote-docker.sock", error.Message);
    }

    [Fact]
    public void A_DOCKER_HOST_with_an_unknown_scheme_is_refused()
    {
        var error = Assert.Throws<DockerUnavailableException>(() => DockerEndpoint.Parse("fd://3"));

        Assert.Contains("unsupported scheme 'fd'", error.Message);
    }
}
