using Blog.Lab.Measurement;

namespace Blog.Lab.Tests.Measurement;

public class StatisticsTests
{
    private static readonly double[] OneToTen = [7, 1, 10, 4, 2, 9, 3, 8, 6, 5];

    [Fact]
    public void The_median_of_an_even_count_is_the_mean_of_the_middle_two() =>
        Assert.Equal(5.5, Statistics.Summarize(OneToTen).Median, 12);

    [Fact]
    public void The_median_of_an_odd_count_is_the_middle_value() =>
        Assert.Equal(3, Statistics.Summarize([5, 1, 3, 2, 4]).Median, 12);

    [Fact]
    public void Quartiles_interpolate_linearly_like_R_and_NumPy()
    {
        var s = Statistics.Summarize(OneToTen);
        Assert.Equal(3.25, s.Q1, 12);
        Assert.Equal(7.75, s.Q3, 12);
        Assert.Equal(4.5, s.Iqr, 12);
    }

    [Fact]
    public void Min_max_and_mean_are_those_of_the_samples()
    {
        var s = Statistics.Summarize(OneToTen);
        Assert.Equal((1.0, 10.0, 5.5), (s.Min, s.Max, s.Mean));
    }

    [Fact]
    public void The_standard_deviation_uses_n_minus_one() =>
        Assert.Equal(3.0276503540974917, Statistics.Summarize(OneToTen).StdDev, 12);

    [Fact]
    public void The_confidence_interval_is_the_mean_plus_minus_t_times_the_standard_error()
    {
        // t(0.975, 9) = 2.2621571628; sd / sqrt(10) = 0.9574271078
        var s = Statistics.Summarize(OneToTen);
        Assert.Equal(5.5 - 2.1658506, s.CiLow, 6);
        Assert.Equal(5.5 + 2.1658506, s.CiHigh, 6);
    }

    [Theory]
    [InlineData(1, 12.7062047362)]
    [InlineData(4, 2.7764451052)]
    [InlineData(9, 2.2621571628)]
    [InlineData(30, 2.0422724563)]
    [InlineData(100, 1.9839715185)]
    public void Student_t_quantiles_match_the_tables(int degreesOfFreedom, double expected) =>
        Assert.Equal(expected, StudentT.Quantile(0.975, degreesOfFreedom), 8);

    [Fact]
    public void A_value_beyond_the_Tukey_fences_counts_as_an_outlier() =>
        Assert.Equal(1, Statistics.Summarize([1, 2, 3, 4, 100]).Outliers);

    [Fact]
    public void Values_inside_the_fences_are_not_outliers() =>
        Assert.Equal(0, Statistics.Summarize(OneToTen).Outliers);

    [Fact]
    public void A_single_sample_has_no_spread_and_a_zero_width_interval()
    {
        var s = Statistics.Summarize([42]);
        Assert.Equal((1, 42.0, 0.0, 42.0, 42.0), (s.N, s.Median, s.StdDev, s.CiLow, s.CiHigh));
    }

    [Fact]
    public void No_samples_cannot_be_summarized() =>
        Assert.Throws<ArgumentException>(() => Statistics.Summarize([]));
}
