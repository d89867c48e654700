namespace Blog.Lab.Runtimes.Docker;

/// <summary>The engine cannot be used; the message says what to install, start or change.</summary>
public sealed class DockerUnavailableException(string message, Exception? inner = null) : Exception(message, inner)
{
    public static DockerUnavailableException NotRunning(DockerEndpoint endpoint, Exception inner) =>
        new($"Docker is not running at {endpoint}: install docker.io and start dockerd " +
            $"(apt-get install docker.io && dockerd &), or set DOCKER_HOST to a running engine ({inner.GetBaseException().Message})",
            inner);

    /// <summary>The engine answered when the run began and stopped answering during it.</summary>
    public static DockerUnavailableException Lost(DockerEndpoint endpoint, string what, Exception inner) =>
        new($"Docker at {endpoint} stopped answering during the run (while trying to {what}: {inner.GetBaseException().Message}): " +
            $"start dockerd again, then run `{LabPaths.CleanCommand}` to remove what the run left on the engine",
            inner);
}
