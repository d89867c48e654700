using Blog.Lab.Measurement;

namespace Blog.Lab.Tests.Support;

/// <summary>
/// A 2-core machine whose CPUs' idle share and 1-minute load are functions of the <see cref="SimulatedClock"/>'s time,
/// read through the same counters as <c>/proc/stat</c> and <c>/proc/loadavg</c>: ticks accumulate at 100 per second
/// per core, the idle ones at the idle share of the moment.
/// </summary>
internal sealed class SimulatedMachine(SimulatedClock clock, Func<TimeSpan, double> idleShare, Func<TimeSpan, double> load)
    : IMachineCounters
{
    private const double TicksPerSecond = 2 * 100;
    private readonly Lock _lock = new();
    private TimeSpan _readAt;
    private double _idle, _total;

    public int Reads { get; private set; }

    /// <summary>A machine whose CPUs are <paramref name="idleShare"/> idle and whose load is <paramref name="load"/>, always.</summary>
    public static SimulatedMachine Steady(SimulatedClock clock, double idleShare, double load) => new(clock, _ => idleShare, _ => load);

    public Task<CpuTimes> CpuTimesAsync(CancellationToken cancellationToken)
    {
        lock (_lock)
        {
            Reads++;
            var now = clock.Elapsed;
            var ticks = (now - _readAt).TotalSeconds * TicksPerSecond;
            // The share of the moment the window began: a window sees what ran during it.
            _idle += ticks * idleShare(_readAt);
            _total += ticks;
            _readAt = now;
            return Task.FromResult(new CpuTimes((ulong)Math.Round(_idle), (ulong)Math.Round(_total)));
        }
    }

    public Task<double> OneMinuteLoadAsync(CancellationToken cancellationToken)
    {
        lock (_lock) Reads++;
        return Task.FromResult(load(clock.Elapsed));
    }
}

/// <summary>Counters that fail the test when read: for code that should not look at the machine at all.</summary>
internal sealed class UntouchableCounters : IMachineCounters
{
    public Task<CpuTimes> CpuTimesAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("read /proc/stat");
    public Task<double> OneMinuteLoadAsync(CancellationToken cancellationToken) => throw new InvalidOperationException("read /proc/loadavg");
}

/// <summary>Leftovers that are there for the first <paramref name="looks"/> looks, then gone.</summary>
internal sealed class LeftoversGoneAfter(int looks, params string[] things) : ILeftoverCheck
{
    public int Looks { get; private set; }

    public Task<IReadOnlyList<string>> FindAsync(CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<string>>(++Looks <= looks ? things : []);
}
