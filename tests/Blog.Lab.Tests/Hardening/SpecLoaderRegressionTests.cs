using Blog.Lab.Specs;

namespace Blog.Lab.Tests.Hardening;

/// <summary>One test per way a malformed spec used to crash the loader, named for the behaviour that fixed it.</summary>
public sealed class SpecLoaderRegressionTests
{
    private static readonly SpecLoader Loader = new(["native-start", "jvm-start"]);

    private static LabError SingleError(string yaml) =>
        Assert.Single(Assert.Throws<SpecException>(() => Loader.Load([("f.yml", yaml)])).Errors);

    [Fact]
    public void A_spec_nested_a_hundred_thousand_deep_is_an_error_not_a_stack_overflow()
    {
        var error = SingleError("- id: a\n  kind: " + new string('[', 100_000) + "\n");
        Assert.Equal(("f.yml", 2), (error.Path, error.Line));
        Assert.Contains("nested more than 64 levels", error.Message);
    }

    [Fact]
    public void A_key_that_is_a_list_is_an_error_at_the_key_not_a_cast_exception() =>
        Assert.Equal("f.yml:3:5: a key must be a plain name such as samples or timeout",
            SingleError("- id: a\n  kind: jvm-start\n  ? [complex]\n  : key\n").ToString());

    [Theory]
    [InlineData("99999999999999h")]
    [InlineData("99999999999999999999999999999999999999ms")]
    public void A_timeout_too_large_for_any_clock_is_an_error_not_an_overflow(string timeout) =>
        Assert.Equal($"f.yml:3:12: timeout must be a duration above 0 and at most 1h (e.g. 30s, 500ms), not '{timeout}'",
            SingleError($"- id: a\n  kind: jvm-start\n  timeout: {timeout}\n").ToString());

    [Fact]
    public void An_overflowing_duration_does_not_parse() => Assert.False(Duration.TryParse("99999999999999h", out _));

    [Fact]
    public void An_error_quoting_a_line_break_stays_one_line() =>
        Assert.Equal("f.yml:2:9: unknown kind 'a\\nb' (known: jvm-start, native-start)",
            SingleError("- id: a\n  kind: \"a\\nb\"\n").ToString());
}
