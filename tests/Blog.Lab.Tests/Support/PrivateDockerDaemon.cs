using System.Diagnostics;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Docker;
using Docker.DotNet.Models;

namespace Blog.Lab.Tests.Support;

/// <summary>
/// A dockerd of the test's own, beside the machine's (which other tests use and must never be stopped): its
/// socket, data root, exec root (so its own containerd), pid file and log in one temporary folder, its containers
/// under a cgroup parent of its own, no bridge and no iptables. The test may stop it, kill it and start it again
/// on the same data; disposing it stops it and removes every trace (processes, mounts, cgroups, the folder),
/// also after a failed test.
/// </summary>
internal sealed class PrivateDockerDaemon : IAsyncDisposable
{
    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(90);
    private static readonly TimeSpan StopLimit = TimeSpan.FromSeconds(60);

    private readonly string _cgroupParent;
    private Process? _dockerd;

    private PrivateDockerDaemon(string root)
    {
        Root = root;
        _cgroupParent = "blog-lab-test-" + Path.GetFileName(root);
        Runtime = new DockerRuntime(DockerEndpoint.Parse(Host, "1.41"));
    }

    public string Root { get; }
    public string Socket => Path.Combine(Root, "docker.sock");
    public string Host => "unix://" + Socket;
    public DockerRuntime Runtime { get; }
    public bool IsRunning => _dockerd is { HasExited: false };

    /// <summary>What the command line needs to talk to this engine.</summary>
    public IReadOnlyDictionary<string, string> Environment => new Dictionary<string, string>
    {
        ["DOCKER_HOST"] = Host,
        ["DOCKER_API_VERSION"] = "1.41",
    };

    public static async Task<PrivateDockerDaemon> StartAsync()
    {
        // Short: the engine's and containerd's unix sockets live below it, and socket paths are limited to 107 bytes.
        var daemon = new PrivateDockerDaemon(Directory.CreateTempSubdirectory("dockerd-").FullName);
        try
        {
            await daemon.StartAgainAsync();
            return daemon;
        }
        catch
        {
            await daemon.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Starts dockerd (again, on the same data) and waits until it answers. On a loaded machine dockerd can give up
    /// waiting for its own containerd ("timeout waiting for containerd to start") and exit: it is started again, a few times.
    /// </summary>
    public async Task StartAgainAsync()
    {
        if (IsRunning) throw new InvalidOperationException("the private dockerd is already running");
        for (var attempt = 1; ; attempt++)
        {
            var dockerd = StartDockerd();
            var answered = false;
            await Eventually.WaitUntilAsync("the private dockerd to answer", StartLimit, async () =>
                dockerd.HasExited || (answered = (await Runtime.ProbeAsync(CancellationToken.None)).Available), () => Log);
            if (answered) return;
            if (attempt == 3) Assert.Fail($"the private dockerd exited with {dockerd.ExitCode}, three times:\n{Log}");
        }
    }

    private Process StartDockerd()
    {
        var arguments = string.Join(' ',
            $"--host {Host}", $"--data-root {Root}/data", $"--exec-root {Root}/exec", $"--pidfile {Root}/docker.pid",
            $"--cgroup-parent /{_cgroupParent}", "--bridge none", "--iptables=false", "--ip6tables=false", "--ip-masq=false");
        var info = new ProcessStartInfo("sh") { UseShellExecute = false };
        foreach (var a in (string[])["-c", $"exec dockerd {arguments} >>{Root}/dockerd.log 2>&1"]) info.ArgumentList.Add(a);
        _dockerd?.Dispose();
        _dockerd = Process.Start(info) ?? throw new InvalidOperationException("dockerd did not start");
        return _dockerd;
    }

    /// <summary>Stops dockerd as <c>systemctl stop docker</c> does (SIGTERM: it stops its containers, then exits) and waits for its exit.</summary>
    public Task StopAsync() => EndAsync(Signals.SigTerm);

    /// <summary>Kills dockerd outright, as a crash would (its containers' processes live on under their shims).</summary>
    public Task KillAsync() => EndAsync(Signals.SigKill);

    private async Task EndAsync(int signal)
    {
        if (!IsRunning) return;
        Signals.Send(_dockerd!.Id, signal);
        using var limit = new CancellationTokenSource(StopLimit);
        try
        {
            await _dockerd.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            _dockerd.Kill();
            await _dockerd.WaitForExitAsync();
        }
    }

    public string Log => File.Exists(Path.Combine(Root, "dockerd.log")) ? File.ReadAllText(Path.Combine(Root, "dockerd.log")) : "";

    /// <summary>Every container (running or not) and every image on this engine: it is the test's alone, so all of it is the run's.</summary>
    public async Task<(IReadOnlyList<string> Containers, IReadOnlyList<string> Images)> ContentsAsync()
    {
        using var docker = await Runtime.OpenAsync(CancellationToken.None);
        var containers = await docker.Client.Containers.ListContainersAsync(new ContainersListParameters { All = true });
        var images = await docker.Client.Images.ListImagesAsync(new ImagesListParameters { All = true });
        return (containers.Select(c => c.ID).ToList(), images.Select(i => i.ID).ToList());
    }

    /// <summary>Whether the engine lists a running container (its state written: the engine writes it before it lists it).</summary>
    public async Task<bool> ListsRunningContainerAsync()
    {
        using var docker = await Runtime.OpenAsync(CancellationToken.None);
        return (await docker.Client.Containers.ListContainersAsync(new ContainersListParameters { All = false })).Count > 0;
    }

    public async Task AssertEmptyAsync()
    {
        var (containers, images) = await ContentsAsync();
        Assert.Empty(containers);
        Assert.Empty(images);
    }

    /// <summary>Processes running in this engine's containers, read from the kernel (its cgroup parent), not from the engine.</summary>
    public IReadOnlyList<int> ContainerProcesses() =>
        CgroupFolders().SelectMany(folder => Directory.EnumerateFiles(folder, "cgroup.procs", SearchOption.AllDirectories))
            .SelectMany(File.ReadAllLines)
            .Where(l => l.Length > 0)
            .Select(int.Parse)
            .Distinct()
            .ToList();

    /// <summary>A process as the kernel shows it, for a failure message: its command line, state and parent's.</summary>
    public static string Describe(int pid)
    {
        static string Read(string path)
        {
            try { return File.ReadAllText(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { return "(gone)"; }
        }
        var status = Read($"/proc/{pid}/status").Split('\n');
        string Field(string name) => status.FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.Ordinal))?[(name.Length + 1)..].Trim() ?? "?";
        var parent = Field("PPid");
        return $"{pid} [{Read($"/proc/{pid}/cmdline").Replace('\0', ' ').Trim()}] state {Field("State")}, parent {parent} [{Read($"/proc/{parent}/cmdline").Replace('\0', ' ').Trim()}]";
    }

    /// <summary>
    /// Whether a container of this engine runs the lab's idle command (<c>busybox sleep</c>) by now: started, not
    /// merely being created (while runc sets a container up, its own init already sits in the cgroup).
    /// </summary>
    public bool IdleContainerRuns() => ContainerProcesses().Any(pid =>
    {
        try { return File.ReadAllText($"/proc/{pid}/cmdline").Split('\0') is [_, "sleep", ..]; }
        catch (IOException) { return false; }
    });

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        // After a crash or a failed stop: containerd, shims and container processes may outlive dockerd.
        foreach (var pid in ProcessesMentioningRoot().Concat(ContainerProcesses()).Distinct())
            try { Signals.Send(pid, Signals.SigKill); } catch (InvalidOperationException) { /* already gone */ }
        await UnmountAllBelowRootAsync();
        foreach (var folder in CgroupFolders())
            foreach (var dir in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Append(folder).OrderByDescending(d => d.Length))
                await RemoveCgroupAsync(dir);
        Directory.Delete(Root, recursive: true);
        _dockerd?.Dispose();
    }

    private IEnumerable<string> CgroupFolders()
    {
        var v2 = Path.Combine("/sys/fs/cgroup", _cgroupParent);
        var v1 = Directory.EnumerateDirectories("/sys/fs/cgroup").Select(c => Path.Combine(c, _cgroupParent));
        return v1.Append(v2).Where(Directory.Exists).ToList();
    }

    private IEnumerable<int> ProcessesMentioningRoot()
    {
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || pid == System.Environment.ProcessId) continue;
            string cmdline;
            try { cmdline = File.ReadAllText(Path.Combine(dir, "cmdline")); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException) { continue; }
            if (cmdline.Contains(Root, StringComparison.Ordinal)) yield return pid;
        }
    }

    private async Task UnmountAllBelowRootAsync()
    {
        // dockerd mounts its data root, overlay layers and network namespace files below the root; deepest first.
        var mounts = File.ReadAllLines("/proc/self/mountinfo").Select(l => l.Split(' ')[4])
            .Where(m => m == Root || m.StartsWith(Root + "/", StringComparison.Ordinal))
            .Distinct().OrderByDescending(m => m.Length);
        foreach (var mount in mounts)
            await ChildProcess.RunAsync(new ProcessCommand("umount", "-l", mount), CancellationToken.None);
    }

    private static async Task RemoveCgroupAsync(string dir)
    {
        // A cgroup whose last process was just killed can take a moment to become removable.
        for (var attempt = 0; attempt < 50 && Directory.Exists(dir); attempt++)
        {
            try { Directory.Delete(dir); }
            catch (IOException) { await Task.Delay(100); }
        }
    }
}
