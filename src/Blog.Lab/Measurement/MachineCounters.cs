namespace Blog.Lab.Measurement;

/// <summary>What the kernel says about how busy the machine is: the CPUs' time so far and the 1-minute load average.</summary>
public interface IMachineCounters
{
    Task<CpuTimes> CpuTimesAsync(CancellationToken cancellationToken);

    Task<double> OneMinuteLoadAsync(CancellationToken cancellationToken);
}

/// <summary>The counters of this machine, read from <c>/proc/stat</c> and <c>/proc/loadavg</c> (other paths for tests).</summary>
public sealed class ProcCounters(string statFile = CpuTimes.StatFile, string loadAverageFile = MachineLoad.LoadAverageFile)
    : IMachineCounters
{
    public async Task<CpuTimes> CpuTimesAsync(CancellationToken cancellationToken) =>
        CpuTimes.Parse(await File.ReadAllTextAsync(statFile, cancellationToken));

    public async Task<double> OneMinuteLoadAsync(CancellationToken cancellationToken) =>
        MachineLoad.ParseOneMinute(await File.ReadAllTextAsync(loadAverageFile, cancellationToken));
}
