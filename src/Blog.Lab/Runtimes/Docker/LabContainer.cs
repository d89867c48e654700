using System.Globalization;
using System.Text.RegularExpressions;
using Blog.Lab.Runtimes.Containers;
using Docker.DotNet;
using Docker.DotNet.Models;

namespace Blog.Lab.Runtimes.Docker;

/// <summary>
/// One container the lab created. Disposing it force-removes it (killing it if it runs) with a fresh token,
/// so a cancelled, failed or timed-out run leaves nothing behind.
/// </summary>
public sealed partial class LabContainer : IRunningContainer
{
    private readonly DockerSession _docker;

    private LabContainer(DockerSession docker, string id)
    {
        _docker = docker;
        Id = id;
    }

    public string Id { get; }

    /// <summary>Creates a confined container (see <see cref="LabSandbox"/>) labelled with <paramref name="runId"/>.</summary>
    public static async Task<LabContainer> CreateAsync(
        DockerSession docker, LabContainerSpec spec, string runId, CancellationToken cancellationToken)
    {
        var parameters = LabSandbox.Parameters(spec, runId);
        // The create call may succeed on the engine after our token fired; the label lets `lab clean` find it.
        var created = await docker.CallAsync($"create a container from {spec.Image}",
            (c, ct) => c.Containers.CreateContainerAsync(parameters, ct), cancellationToken);
        return new LabContainer(docker, created.ID);
    }

    public Task StartAsync(CancellationToken cancellationToken) =>
        _docker.CallAsync($"start container {Short}",
            (c, ct) => c.Containers.StartContainerAsync(Id, new ContainerStartParameters(), ct), cancellationToken);

    /// <summary>Waits for the container to exit; bounded only by the caller's token (the sample's timeout).</summary>
    public async Task<long> WaitAsync(CancellationToken cancellationToken)
    {
        var response = await _docker.AwaitAsync($"wait for container {Short} to exit",
            (c, ct) => c.Containers.WaitContainerAsync(Id, ct), cancellationToken);
        return response.StatusCode;
    }

    public async Task<ContainerExit> InspectExitAsync(CancellationToken cancellationToken)
    {
        var state = await StateAsync(cancellationToken);
        return new ContainerExit(state.ExitCode, state.OOMKilled, ParseTime(state.StartedAt), ParseTime(state.FinishedAt));
    }

    private async Task<State> StateAsync(CancellationToken cancellationToken) =>
        (await _docker.CallAsync($"inspect container {Short}",
            (c, ct) => c.Containers.InspectContainerAsync(Id, ct), cancellationToken)).State
        ?? throw new InvalidOperationException($"the engine reported no state for container {Short}");

    /// <summary>What the container printed (stdout and stderr separately).</summary>
    public async Task<ContainerOutput> OutputAsync(long exitCode, CancellationToken cancellationToken)
    {
        var (stdout, stderr) = await _docker.CallAsync($"read the logs of {Short}", async (c, ct) =>
        {
            using var stream = await c.Containers.GetContainerLogsAsync(Id,
                new ContainerLogsParameters { ShowStdout = true, ShowStderr = true }, ct);
            return await stream.ReadOutputToEndAsync(ct);
        }, cancellationToken);
        return new ContainerOutput(exitCode, stdout, stderr);
    }

    /// <summary>Runs <paramref name="command"/> in the running container (docker exec), to its end.</summary>
    public Task<ContainerOutput> ExecAsync(IReadOnlyList<string> command, CancellationToken cancellationToken) =>
        _docker.CallAsync($"exec {string.Join(' ', command)} in {Short}", async (c, ct) =>
        {
            var exec = await c.Exec.CreateContainerExecAsync(Id, new ContainerExecCreateParameters
            {
                Cmd = [.. command],
                AttachStdout = true,
                AttachStderr = true,
            }, ct);
            string stdout, stderr;
            using (var stream = await c.Exec.StartContainerExecAsync(exec.ID, new ContainerExecStartParameters(), ct))
                (stdout, stderr) = await stream.ReadOutputToEndAsync(ct);
            var inspect = await c.Exec.InspectContainerExecAsync(exec.ID, ct);
            return new ContainerOutput(inspect.ExitCode ?? -1, stdout, stderr);
        }, cancellationToken);

    /// <summary>One reading of the container's cgroup statistics (not a stream).</summary>
    public Task<ContainerStatsResponse> StatsAsync(CancellationToken cancellationToken) =>
        _docker.CallAsync($"read the stats of {Short}", async (c, ct) =>
        {
            var last = new LastReport<ContainerStatsResponse>();
            await c.Containers.GetContainerStatsAsync(Id,
                new ContainerStatsParameters { Stream = false, OneShot = true }, last, ct);
            return last.Value ?? throw new InvalidOperationException($"the engine sent no stats for container {Short}");
        }, cancellationToken);

    public async Task<CgroupMemory> MemoryAsync(CancellationToken cancellationToken) =>
        DockerStats.Memory(await StatsAsync(cancellationToken));

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _docker.CleanupAsync($"remove container {Short}", (c, ct) =>
                c.Containers.RemoveContainerAsync(Id, new ContainerRemoveParameters { Force = true, RemoveVolumes = true }, ct));
        }
        catch (DockerApiException e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            // already gone
        }
    }

    private string Short => Id.Length > 12 ? Id[..12] : Id;

    /// <summary>The engine writes nanoseconds (9 digits); .NET parses at most 7, so the rest is cut.</summary>
    private static DateTimeOffset ParseTime(string? text)
    {
        var trimmed = NanosecondDigits().Replace(text ?? "", "$1");
        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var t) ? t : default;
    }

    [GeneratedRegex(@"(\.[0-9]{7})[0-9]+")]
    private static partial Regex NanosecondDigits();

    /// <summary>Keeps the last report synchronously (<see cref="Progress{T}"/> would post it to another thread, too late).</summary>
    private sealed class LastReport<T> : IProgress<T>
    {
        public T? Value { get; private set; }
        public void Report(T value) => Value = value;
    }
}
