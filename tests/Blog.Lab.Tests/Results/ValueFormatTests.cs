using Blog.Lab.Results;

namespace Blog.Lab.Tests.Results;

public class ValueFormatTests
{
    [Theory]
    [InlineData(0.8734, "0.873 ms")]
    [InlineData(3.4606, "3.46 ms")]
    [InlineData(221.37, "221 ms")]
    [InlineData(4378.1, "4,378 ms")]
    [InlineData(12_500, "12.5 s")]
    public void Milliseconds_keep_three_significant_digits_and_switch_to_seconds_from_ten(double ms, string expected) =>
        Assert.Equal(expected, ValueFormat.Of(ms, "ms"));

    [Fact]
    public void Bytes_print_as_mebibytes() => Assert.Equal("36.5 MiB", ValueFormat.Of(38_289_408, "bytes"));

    [Fact]
    public void Whole_counts_print_with_thousands_separators() => Assert.Equal("12,000", ValueFormat.Of(12_000, "count"));

    [Fact]
    public void Ratios_print_with_a_times_sign() => Assert.Equal("12.3×", ValueFormat.Ratio(12.34));
}
