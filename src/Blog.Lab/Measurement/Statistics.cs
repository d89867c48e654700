namespace Blog.Lab.Measurement;

/// <summary>The descriptive statistics the lab reports for every metric.</summary>
public static class Statistics
{
    public static MetricSummary Summarize(IReadOnlyList<double> samples)
    {
        if (samples.Count == 0) throw new ArgumentException("no samples to summarize", nameof(samples));
        var sorted = samples.Order().ToArray();
        var n = sorted.Length;
        var mean = sorted.Average();
        var stdDev = SampleStandardDeviation(sorted, mean);
        var q1 = Quantile(sorted, 0.25);
        var q3 = Quantile(sorted, 0.75);
        var halfWidth = n > 1 ? StudentT.Quantile(0.975, n - 1) * stdDev / Math.Sqrt(n) : 0;
        var fence = 1.5 * (q3 - q1);
        var outliers = sorted.Count(x => x < q1 - fence || x > q3 + fence);
        return new MetricSummary(n, Quantile(sorted, 0.5), q1, q3, sorted[0], sorted[^1], mean, stdDev,
            mean - halfWidth, mean + halfWidth, outliers);
    }

    /// <summary>
    /// The p-quantile of sorted values with linear interpolation between order statistics (Hyndman and Fan
    /// type 7, the default of R and NumPy), so the numbers can be checked with either.
    /// </summary>
    public static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * p;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /// <summary>Standard deviation with Bessel's correction (n − 1); 0 for a single sample.</summary>
    public static double SampleStandardDeviation(IReadOnlyList<double> values, double mean) =>
        values.Count < 2 ? 0 : Math.Sqrt(values.Sum(x => (x - mean) * (x - mean)) / (values.Count - 1));
}
