using Blog.Lab.Experiments;
using Blog.Lab.Measurement;
using Blog.Lab.Runtimes;

namespace Blog.Lab.Tests.Runtimes;

public class SpawnTests
{
    [Fact]
    public void A_spawned_program_is_reaped_with_its_exit_code()
    {
        var (exitCode, elapsed) = Spawn.Run(new ProcessCommand(CpuWorkload.HostBusybox, "sh", "-c", "exit 3"), default);
        Assert.Equal(3, exitCode);
        Assert.True(elapsed > TimeSpan.Zero);
    }

    [Fact]
    public void A_program_on_the_path_is_found() =>
        Assert.Equal(0, Spawn.Run(new ProcessCommand("true"), default).ExitCode);

    [Fact]
    public void A_timed_start_ends_on_the_calling_thread_without_a_hop_through_the_thread_pool()
    {
        // An awaited wait would hand the caller to the pool, whose idle worker spins beside the measurement.
        var sample = ProcessClock.StartToExitAsync(new ProcessCommand(CpuWorkload.HostBusybox, "true"), default);
        Assert.True(sample.IsCompletedSuccessfully);
        Assert.True(sample.Result > 0);
    }

    [Fact]
    public async Task Cancelling_kills_the_program_and_what_it_started()
    {
        var marker = "60" + Random.Shared.Next(100, 999);
        using var cts = new CancellationTokenSource();
        var run = Task.Run(() => Spawn.Run(new ProcessCommand(CpuWorkload.HostBusybox, "sh", "-c",
            $"{CpuWorkload.HostBusybox} sleep {marker} & {CpuWorkload.HostBusybox} sleep {marker}; wait"), cts.Token), CancellationToken.None);
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
