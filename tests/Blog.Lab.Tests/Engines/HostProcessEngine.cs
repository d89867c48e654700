using System.Collections.Concurrent;
using System.Diagnostics;
using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;
using Blog.Lab.Runtimes.Containers;
using Blog.Lab.Specs;

namespace Blog.Lab.Tests.Engines;

/// <summary>
/// A container engine with no engine behind it: its "containers" are plain processes of the host's busybox, its image
/// is that binary. It confines nothing, so it is only for tests, and proves that the container experiments need
/// nothing but <see cref="IContainerEngine"/>: registered through <see cref="LabEngines"/> like Docker, it is probed,
/// recorded in provenance, measured on, cleaned and asked for a run's leftovers by the lab's own code. It keeps what
/// it ran, so a test can see the experiments really went through it.
/// </summary>
internal sealed class HostProcessEngine : IContainerEngine, IContainerEngines
{
    public const string RuntimeName = "host-processes";

    private readonly ConcurrentDictionary<RunningProcess, string> _running = new();

    /// <summary>The run ids benches were opened for, and every command a container ran or an exec started.</summary>
    public ConcurrentQueue<string> RunsOpened { get; } = new();
    public ConcurrentQueue<string> CommandsRun { get; } = new();

    public string Name => RuntimeName;
    string IContainerEngines.RuntimeName => RuntimeName;
    public IContainerEngine Shared => this;
    public IContainerEngine For(ExperimentSpec spec) => this;

    public Task<RuntimeProbe> ProbeAsync(CancellationToken cancellationToken) =>
        Task.FromResult(new RuntimeProbe(Name, true, "1.0", "busybox processes on this host")
        {
            Facts = new Dictionary<string, string> { ["container_engine"] = "host processes 1.0" },
        });

    public Task<IContainerBench> OpenBenchAsync(string runId, CancellationToken cancellationToken)
    {
        RunsOpened.Enqueue(runId);
        return Task.FromResult<IContainerBench>(new Bench(this, runId));
    }

    public IContainerCommands Commands { get; } = new ShellCommands();

    public Task PrepareCommandsAsync(bool idleContainer, CancellationToken cancellationToken) => Task.CompletedTask;

    public async Task<IReadOnlyList<string>> CleanLeftoversAsync(CancellationToken cancellationToken)
    {
        var removed = new List<string>();
        foreach (var (process, runId) in _running)
        {
            removed.Add($"process {process.Id} (run {runId})");
            await RemoveAsync(process);
        }
        return removed;
    }

    public Task<IReadOnlyList<string>> FindRunLeftoversAsync(string runId, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(
            [.. _running.Where(p => p.Value == runId && !p.Key.Process.HasExited).Select(p => $"process {p.Key.Id} (run {runId})")]);

    private static ProcessCommand Busybox(IReadOnlyList<string> command) => new(CpuWorkload.HostBusybox, command);

    private async Task RemoveAsync(RunningProcess process)
    {
        _running.TryRemove(process, out _);
        await process.DisposeAsync();
    }

    private sealed class Bench(HostProcessEngine engine, string runId) : IContainerBench
    {
        public ContainerHost Host => new("this host", IsLocal: true,
            File.ReadAllText("/proc/sys/kernel/osrelease").Trim(), 8L << 30);
        public string ImageTag => $"host-busybox:{runId}";
        public string ImageRecipe => CpuWorkload.HostBusybox;

        public Task<ImageShape> InspectImageAsync(CancellationToken cancellationToken) =>
            Task.FromResult(new ImageShape("host", new FileInfo(CpuWorkload.HostBusybox).Length, [CpuWorkload.HostBusybox]));

        public async Task<ContainerRunResult> RunToExitAsync(SandboxLimits limits, IReadOnlyList<string> command, CancellationToken cancellationToken)
        {
            engine.CommandsRun.Enqueue(string.Join(' ', command));
            var clock = Stopwatch.StartNew();
            var started = DateTimeOffset.UtcNow;
            var result = await ChildProcess.RunAsync(Busybox(command), cancellationToken);
            var ran = clock.Elapsed;
            return new ContainerRunResult(TimeSpan.Zero, ran, ran, TimeSpan.Zero,
                new ContainerExit(result.ExitCode, false, started, started + ran),
                new ContainerOutput(result.ExitCode, result.StandardOutput, result.StandardError));
        }

        public Task<IRunningContainer> StartIdleAsync(SandboxLimits limits, CancellationToken cancellationToken)
        {
            engine.CommandsRun.Enqueue(string.Join(' ', IdleContainer.Command));
            var process = ChildProcess.Start(Busybox(IdleContainer.Command));
            engine._running[process] = runId;
            return Task.FromResult<IRunningContainer>(new Container(engine, process));
        }

        /// <summary>As an engine's bench: whatever of the run still runs is removed.</summary>
        public async ValueTask DisposeAsync()
        {
            foreach (var process in engine._running.Where(p => p.Value == runId).Select(p => p.Key).ToList())
                await engine.RemoveAsync(process);
        }
    }

    private sealed class Container(HostProcessEngine engine, RunningProcess process) : IRunningContainer
    {
        public async Task<ContainerOutput> ExecAsync(IReadOnlyList<string> command, CancellationToken cancellationToken)
        {
            engine.CommandsRun.Enqueue("exec " + string.Join(' ', command));
            var result = await ChildProcess.RunAsync(new ProcessCommand(command[0], [.. command.Skip(1)]), cancellationToken);
            return new ContainerOutput(result.ExitCode, result.StandardOutput, result.StandardError);
        }

        public async Task<CgroupMemory> MemoryAsync(CancellationToken cancellationToken)
        {
            var rss = (long)await ResidentMemory.VmRssBytesAsync(process.Id, cancellationToken);
            return new CgroupMemory(rss, rss, rss, 0, 2);
        }

        public ValueTask DisposeAsync() => new(engine.RemoveAsync(process));
    }

    /// <summary>What a shell would type to do the same with host processes.</summary>
    private sealed class ShellCommands : IContainerCommands
    {
        public string Run(SandboxLimits limits, string command, bool detach = false) =>
            detach ? $"sh -c '{CpuWorkload.HostBusybox} {command} & echo $!'" : $"{CpuWorkload.HostBusybox} {command}";
        public string Exec(string command) => command;
        public string MemoryUsage(string container) => $"grep VmRSS /proc/{container}/status";
        public string Remove(string containers) => $"kill {containers}";
        public string InspectImage() => $"stat -c '%s bytes' {CpuWorkload.HostBusybox}";
        public string Confinement(SandboxLimits limits) => "none (host processes)";
    }
}
