namespace Blog.Lab.Measurement;

/// <summary>
/// What a set of samples says: centre (median, mean), spread (IQR, standard deviation, min, max), the 95%
/// confidence interval of the mean (Student's t) and the number of outliers beyond Tukey's 1.5×IQR fences.
/// </summary>
public sealed record MetricSummary(
    int N,
    double Median,
    double Q1,
    double Q3,
    double Min,
    double Max,
    double Mean,
    double StdDev,
    double CiLow,
    double CiHigh,
    int Outliers)
{
    public double Iqr => Q3 - Q1;
}
