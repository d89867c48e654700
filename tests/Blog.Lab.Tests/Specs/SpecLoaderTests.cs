using Blog.Lab.Specs;

namespace Blog.Lab.Tests.Specs;

public class SpecLoaderTests
{
    private static readonly SpecLoader Loader = new(["native-start", "jvm-start"]);

    private static IReadOnlyList<ExperimentSpec> Load(string yaml, string path = "_lab/process.yml") =>
        Loader.Load([(path, yaml)]);

    private static IReadOnlyList<string> Errors(params (string, string)[] files) =>
        Assert.Throws<SpecException>(() => Loader.Load(files)).Errors.Select(e => e.ToString()).ToList();

    [Fact]
    public void A_spec_reads_its_declared_fields()
    {
        var spec = Assert.Single(Load("""
            - id: native-start
              kind: native-start
              title: Native start
              samples: 20
              warmup: 3
              timeout: 30s
            """));
        Assert.Equal(("native-start", "native-start", "Native start", 20, 3, TimeSpan.FromSeconds(30)),
            (spec.Id, spec.Kind, spec.Title, spec.Samples, spec.Warmup, spec.Timeout));
    }

    [Fact]
    public void Unknown_keys_become_parameters()
    {
        var spec = Assert.Single(Load("- id: a\n  kind: jvm-start\n  settle: 250ms\n  image: busybox\n"));
        Assert.Equal(new Dictionary<string, string> { ["image"] = "busybox", ["settle"] = "250ms" }, spec.Parameters);
    }

    [Fact]
    public void A_spec_remembers_where_it_was_declared()
    {
        var specs = Load("- id: a\n  kind: jvm-start\n- id: b\n  kind: jvm-start\n");
        Assert.Equal((3, 3), (specs[1].Line, specs[1].Column));
    }

    [Fact]
    public void An_unknown_kind_is_an_error_at_its_value() =>
        Assert.Equal(["f.yml:2:9: unknown kind 'vm-teleport' (known: jvm-start, native-start)"],
            Errors(("f.yml", "- id: a\n  kind: vm-teleport\n")));

    [Fact]
    public void A_tag_that_is_no_valid_uri_is_a_positioned_yaml_error_not_a_crash() =>
        Assert.Contains(Errors(("f.yml", "- id: a\n  kind: !!binar[y AAAA\n")), e => e.StartsWith("f.yml:", StringComparison.Ordinal) && e.Contains("invalid YAML: invalid tag"));

    /// <summary>YamlDotNet parses a key with no value after a comment line, then its tree refuses what it parsed (found by the hostile-input soak).</summary>
    [Fact]
    public void A_key_without_a_value_after_a_comment_is_a_positioned_yaml_error_not_a_crash() =>
        Assert.Equal(["f.yml:3:1: invalid YAML: this cannot be read as YAML: The current event is of an unsupported type."],
            Errors(("f.yml", "# ? [x]\n      : key\n")));

    [Fact]
    public void Negative_samples_are_an_error() =>
        Assert.Contains("f.yml:3:12: samples must be a whole number from 1 to 10000, not '-3'",
            Errors(("f.yml", "- id: a\n  kind: jvm-start\n  samples: -3\n")));

    [Theory]
    [InlineData("0s")]
    [InlineData("3h")]
    [InlineData("soon")]
    public void An_absurd_timeout_is_an_error(string timeout) =>
        Assert.Contains($"f.yml:3:12: timeout must be a duration above 0 and at most 1h (e.g. 30s, 500ms), not '{timeout}'",
            Errors(("f.yml", $"- id: a\n  kind: jvm-start\n  timeout: {timeout}\n")));

    [Fact]
    public void A_duplicate_id_across_files_is_an_error_at_the_second() =>
        Assert.Equal(["b.yml:1:3: duplicate experiment id 'a' (first declared at a.yml:1:3)"],
            Errors(("a.yml", "- id: a\n  kind: jvm-start\n"), ("b.yml", "- id: a\n  kind: native-start\n")));

    [Fact]
    public void Every_error_is_collected_not_just_the_first() =>
        Assert.Equal(3, Errors(("f.yml", "- id: a\n  kind: nope\n- id: b\n  kind: jvm-start\n  samples: 0\n  warmup: -1\n")).Count);

    [Fact]
    public void A_missing_id_is_an_error_at_the_item() =>
        Assert.Equal(["f.yml:1:3: an experiment needs an id"], Errors(("f.yml", "- kind: jvm-start\n")));

    [Fact]
    public void Broken_yaml_is_an_error_with_its_position() =>
        Assert.StartsWith("f.yml:2:9: invalid YAML", Assert.Single(Errors(("f.yml", "- id: a\n  kind: 'jvm-start\n"))));

    [Fact]
    public void Changing_a_parameter_changes_the_hash()
    {
        var a = Assert.Single(Load("- id: a\n  kind: jvm-start\n  settle: 1s\n"));
        var b = Assert.Single(Load("- id: a\n  kind: jvm-start\n  settle: 2s\n"));
        Assert.NotEqual(a.Hash, b.Hash);
    }

    [Fact]
    public void Moving_a_spec_to_another_file_keeps_its_hash()
    {
        var a = Assert.Single(Load("- id: a\n  kind: jvm-start\n", "x.yml"));
        var b = Assert.Single(Load("\n\n- id: a\n  kind: jvm-start\n", "y.yml"));
        Assert.Equal(a.Hash, b.Hash);
    }
}
