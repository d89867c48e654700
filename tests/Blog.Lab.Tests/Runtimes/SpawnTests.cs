using Blog.Lab.Experiments;
using Blog.Lab.Runtimes;

namespace Blog.Lab.Tests.Runtimes;

public class SpawnTests
{
    [Fact]
    public async Task A_spawned_program_is_reaped_with_its_exit_code()
    {
        var (exitCode, elapsed) = await Spawn.RunAsync(new ProcessCommand(CpuWorkload.HostBusybox, "sh", "-c", "exit 3"), default);
        Assert.Equal(3, exitCode);
        Assert.True(elapsed > TimeSpan.Zero);
    }

    [Fact]
    public async Task A_program_on_the_path_is_found() =>
        Assert.Equal(0, (await Spawn.RunAsync(new ProcessCommand("true"), default)).ExitCode);

    [Fact]
    public async Task Cancelling_kills_the_program_and_what_it_started()
    {
        var marker = "60" + Random.Shared.Next(100, 999);
        using var cts = new CancellationTokenSource();
        var run = Spawn.RunAsync(new ProcessCommand(CpuWorkload.HostBusybox, "sh", "-c",
            $"{CpuWorkload.HostBusybox} sleep {marker} & {CpuWorkload.HostBusybox} sleep {marker}; wait"), cts.Token);
        while (Sleepers(marker).Count < 2) await Task.Delay(20);

        await cts.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);
        for (var i = 0; i < 100 && Sleepers(marker).Count > 0; i++) await Task.Delay(20); // SIGKILL is delivered asynchronously
        Assert.Empty(Sleepers(marker));
    }

    private static IReadOnlyList<string> Sleepers(string marker) =>
        Directory.EnumerateDirectories("/proc").Select(Path.GetFileName).Where(n => n!.All(char.IsAsciiDigit))
            .Where(n => Read($"/proc/{n}/cmdline").Replace('\0', ' ').Trim() == $"{CpuWorkload.HostBusybox} sleep {marker}")
            .Where(n => !Read($"/proc/{n}/stat").Contains(") Z "))
            .ToList()!;

    private static string Read(string path)
    {
        try { return File.ReadAllText(path); } catch (IOException) { return ""; } catch (UnauthorizedAccessException) { return ""; }
    }
}
