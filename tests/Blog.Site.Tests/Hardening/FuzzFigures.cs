using System.Diagnostics;

namespace Blog.Site.Tests.Hardening;

/// <summary>
/// What a robustness run tried and found: inputs tried, how each ended, crashes, and the slowest case. Shared by the
/// generator's and the lab's suites (linked into both test projects); written to a small file beside the test
/// assembly so <c>bench/fuzz.sh</c> and the README can quote the figures.
/// </summary>
public sealed class FuzzFigures(string suite)
{
    private readonly Lock _gate = new();
    private readonly Dictionary<string, (int Count, TimeSpan Time)> _outcomes = new(StringComparer.Ordinal);
    private readonly List<string> _crashes = [];
    private readonly Stopwatch _total = Stopwatch.StartNew();

    public int Tried { get; private set; }
    public int Crashes => _crashes.Count;
    public IReadOnlyList<string> CrashDetails { get { lock (_gate) return [.. _crashes]; } }
    public TimeSpan Slowest { get; private set; }
    public string SlowestCase { get; private set; } = "";

    /// <param name="outcome">How the case ended, e.g. <c>built</c> or <c>errors</c>.</param>
    /// <param name="crash">What went wrong when the case broke a promise (exception, hang, partial output), else null.</param>
    /// <param name="describe">A description of the input, asked for only when it is the slowest so far.</param>
    public void Record(string kind, string outcome, TimeSpan elapsed, string? crash, Func<string> describe)
    {
        lock (_gate)
        {
            Tried++;
            var key = $"{kind} → {outcome}";
            var (count, time) = _outcomes.GetValueOrDefault(key);
            _outcomes[key] = (count + 1, time + elapsed);
            if (crash is not null) _crashes.Add($"{kind}: {crash}");
            if (elapsed > Slowest)
            {
                Slowest = elapsed;
                var description = describe().ReplaceLineEndings("\\n");
                SlowestCase = description.Length > 160 ? description[..160] + "..." : description;
            }
        }
    }

    public string Report()
    {
        lock (_gate)
        {
            var lines = new List<string>
            {
                $"suite: {suite}",
                $"inputs tried: {Tried}",
                $"crashes: {Crashes}",
                $"slowest case: {SlowestCase} in {Slowest.TotalMilliseconds:0} ms",
                $"total time: {_total.Elapsed.TotalSeconds:0.0} s",
                "outcomes (kind → how it ended: inputs, total time):",
            };
            lines.AddRange(_outcomes.OrderBy(o => o.Key, StringComparer.Ordinal)
                .Select(o => $"  {o.Key}: {o.Value.Count}, {o.Value.Time.TotalSeconds:0.0} s"));
            lines.AddRange(_crashes.Take(20).Select(c => "crash: " + c));
            return string.Join('\n', lines) + "\n";
        }
    }

    /// <summary>Writes the report to <c>hardening/{suite}.txt</c> under the test's output folder and returns its path.</summary>
    public string Save()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "hardening");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, suite + ".txt");
        File.WriteAllText(path, Report());
        return path;
    }
}
