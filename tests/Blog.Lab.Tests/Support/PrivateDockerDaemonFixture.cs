namespace Blog.Lab.Tests.Support;

/// <summary>One private dockerd for a test class whose tests never stop it (see <see cref="PrivateDockerDaemon"/>).</summary>
public sealed class PrivateDockerDaemonFixture : IAsyncLifetime
{
    internal PrivateDockerDaemon Daemon { get; private set; } = null!;

    public async Task InitializeAsync() => Daemon = await PrivateDockerDaemon.StartAsync();

    public async Task DisposeAsync() => await Daemon.DisposeAsync();
}
