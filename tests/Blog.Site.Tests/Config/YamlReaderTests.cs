using Blog.Site.Config.Dates;
using Blog.Site.Config.Yaml;

namespace Blog.Site.Tests.Config;

public sealed class YamlReaderTests
{
    private static readonly TimeZoneInfo Berlin = TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin");

    private static object? Value(string yaml, TimeZoneInfo? zone = null) =>
        new YamlReader(zone ?? TimeZoneInfo.Utc).Read("key: " + yaml + "\n").Mapping!["key"];

    [Theory]
    [InlineData("yes", true)]
    [InlineData("On", true)]
    [InlineData("true", true)]
    [InlineData("no", false)]
    [InlineData("OFF", false)]
    [InlineData("false", false)]
    public void Plain_booleans_follow_Psych(string text, bool expected) => Assert.Equal(expected, Value(text));

    [Fact]
    public void Quoted_scalars_stay_strings() => Assert.Equal("yes", Value("\"yes\""));

    [Fact]
    public void A_tag_that_is_no_valid_uri_is_a_problem_not_a_crash() =>
        Assert.StartsWith("invalid tag", new YamlReader(TimeZoneInfo.Utc).Read("title: x\nind: !!binar[y AAAA\n").Problem!.Value.Message);

    [Theory]
    [InlineData("42", 42L)]
    [InlineData("-7", -7L)]
    [InlineData("1_000", 1000L)]
    [InlineData("0x1F", 31L)]
    public void Plain_integers_are_numbers(string text, long expected) => Assert.Equal(expected, Value(text));

    [Fact]
    public void Plain_floats_are_numbers() => Assert.Equal(1.5, Value("1.5"));

    /// <summary>
    /// Plain scalars that are numbers, dates or text by Psych's rules, base 60 among them (<c>12:30</c> is 45000 to Psych,
    /// the quirk Jekyll sites get), each read by Ruby's own YAML and by ours.
    /// </summary>
    [Fact]
    public async Task Plain_scalars_are_what_Psych_makes_them()
    {
        string[] scalars =
        [
            "12:30", "1:30:00", "-1:30", "+1:30", "1_0:30", "00:30", "01:30", "1:5", "0:0", "190:20:30.15", "1:30.", "12:30:00.5",
            "12:75", "1:60", "1:2:3:4", "1:30:1.5e2", "10:30 am", "1_000", "0x1F", "017", "1.5", "1e3", "2024-02-14", "2024-02-30", "-.inf",
        ];
        var yaml = string.Concat(scalars.Select((s, i) => $"k{i}: {s}\n"));
        var psych = await RubyAsync("require 'yaml'; require 'date'; YAML.load(STDIN.read, permitted_classes: [Date, Time]).each_value { |v| puts(case v when Integer then \"i:#{v}\" " +
            "when Float then \"f:#{v}\" when Date then \"d:#{v}\" else \"s:#{v}\" end) }", yaml);
        var ours = new YamlReader(TimeZoneInfo.Utc).Read(yaml).Mapping!.Values.Select(v => v switch
        {
            long n => $"i:{n}",
            double d => "f:" + Blog.Site.Content.Documents.RubyText.Of(d),
            CalendarDate date => $"d:{date}",
            _ => $"s:{v}",
        });

        Assert.Equal(psych, string.Join('\n', ours));
    }

    private static async Task<string> RubyAsync(string script, string input)
    {
        var start = new System.Diagnostics.ProcessStartInfo("ruby", ["-e", script]) { RedirectStandardInput = true, RedirectStandardOutput = true };
        using var ruby = System.Diagnostics.Process.Start(start)!;
        await ruby.StandardInput.WriteAsync(input);
        ruby.StandardInput.Close();
        var output = await ruby.StandardOutput.ReadToEndAsync();
        await ruby.WaitForExitAsync();
        Assert.Equal(0, ruby.ExitCode);
        return output.TrimEnd('\n');
    }

    [Theory]
    [InlineData("~")]
    [InlineData("null")]
    [InlineData("")]
    public void Null_forms_are_null(string text) => Assert.Null(Value(text));

    [Fact]
    public void A_date_without_a_time_is_a_date_that_becomes_midnight_in_the_site_zone()
    {
        var date = Assert.IsType<CalendarDate>(Value("2024-02-14", Berlin));

        Assert.Equal("2024-02-14", date.ToString());
        Assert.Equal(new DateTimeOffset(2024, 2, 14, 0, 0, 0, TimeSpan.FromHours(1)), date.In(Berlin));
        Assert.Equal(new DateTimeOffset(2024, 7, 1, 0, 0, 0, TimeSpan.FromHours(2)), Assert.IsType<CalendarDate>(Value("2024-7-1", Berlin)).In(Berlin));
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    public void A_date_that_is_not_one_stays_text(string text) => Assert.Equal(text, Value(text));

    [Fact]
    public void An_unquoted_timestamp_without_zone_is_UTC_as_in_Psych() =>
        Assert.Equal(new DateTimeOffset(2024, 1, 3, 23, 30, 0, TimeSpan.Zero), Value("2024-01-03 23:30:00", Berlin));

    [Fact]
    public void A_quoted_timestamp_stays_text() => Assert.Equal("2024-01-03 23:30:00", Value("\"2024-01-03 23:30:00\""));

    [Fact]
    public void Lists_and_mappings_nest()
    {
        var map = new YamlReader(TimeZoneInfo.Utc).Read("a:\n  b: [1, two]\n").Mapping!;

        var inner = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["a"]);
        Assert.Equal(new object?[] { 1L, "two" }, Assert.IsAssignableFrom<IReadOnlyList<object?>>(inner["b"]));
    }

    [Fact]
    public void Anchors_aliases_and_merge_keys_resolve()
    {
        var map = new YamlReader(TimeZoneInfo.Utc).Read("base: &b {x: 1, y: 2}\nchild:\n  <<: *b\n  y: 3\n").Mapping!;

        var child = Assert.IsAssignableFrom<IReadOnlyDictionary<string, object?>>(map["child"]);
        Assert.Equal(1L, child["x"]);
        Assert.Equal(3L, child["y"]);
    }

    [Fact]
    public void Top_level_keys_remember_their_line()
    {
        var document = new YamlReader(TimeZoneInfo.Utc).Read("---\ntitle: x\n\ndate: y\n");

        Assert.Equal(4, document.LineOf("date"));
    }

    [Fact]
    public void Malformed_yaml_gives_line_and_column()
    {
        var document = new YamlReader(TimeZoneInfo.Utc).Read("title: ok\nbad: \"unterminated\nnext: 1\n  - x: [\n");

        Assert.NotNull(document.Problem);
        Assert.True(document.Problem!.Value.Line >= 2);
        Assert.True(document.Problem.Value.Column > 0);
        Assert.DoesNotContain("Line:", document.Problem.Value.Message);
    }

    [Fact]
    public void An_unclosed_flow_list_points_at_where_it_opens()
    {
        var document = new YamlReader(TimeZoneInfo.Utc).Read("title: ok\ntags: [a, b\nother: x\n");

        Assert.Equal((2, 7), (document.Problem!.Value.Line, document.Problem.Value.Column));
    }
}
