using CsCheck;

namespace Blog.Lab.Tests.Hardening;

/// <summary>
/// Generators of malformed lab spec files: experiments whose fields take hostile values (negative samples, unknown
/// kinds, absurd timeouts, wrong types), broken YAML, deep nesting, aliases, control characters, and random
/// character mutations of a valid file.
/// </summary>
public static class HostileSpecs
{
    private static string Repeat(string text, int times) => string.Concat(Enumerable.Repeat(text, times));

    private static readonly string[] Ids =
        ["a", "native-start", "A", "1a", "-a", "a_b", "", "~", "[a]", "{a: b}", "\"a\\nb\"", "'é'", "a" + new string('b', 5000), "\"\\u0000\"", "*alias", "&x a"];

    private static readonly string[] Kinds =
        ["native-start", "jvm-start", "container-start", "vm-teleport", "", "~", "[native-start]", "{k: v}", "NATIVE-START", "\"native-start\\u0000\"", "!!binary AAAA"];

    private static readonly string[] Counts =
        ["10", "-3", "0", "1", "10000", "10001", "2147483648", "-2147483649", "99999999999999999999", "1.5", "1e3", "0x10", "ten", "[1]", "{a: 1}", "~", "", "\"5\"", "+5", " 5 "];

    private static readonly string[] Timeouts =
        ["30s", "0s", "-5s", "3h", "1h", "60m", "500ms", "0.0001ms", "99999999999999h", "1e20h", "99999999999999999999999999999999999999ms", "soon", "NaN", "Infinity",
         "5 s", "5sec", "[5s]", "{a: 5s}", "~", "", "-0s", "1.5.5s", "59min", "3600", "3601"];

    private static readonly string[] Parameters =
        ["image: busybox", "memory: -1", "instances: 99999999999999999999", "settle: soon", "command: \"rm -rf /\"", "image: [x]", "? [complex]\n    : key",
         "? {a: b}\n    : c", "<<: *nowhere", "<<: {samples: -1}", "params: {deep: {deeper: [1]}}", "'': empty", "\"\\t\": tab", "title: \"line\\nbreak\""];

    private static readonly Gen<string> Item =
        Gen.Select(Gen.OneOf(Ids), Gen.OneOf(Kinds), Gen.OneOf(Counts), Gen.OneOf(Counts), Gen.OneOf(Timeouts), Gen.OneOf(Parameters).List[0, 3], Gen.Int[0, 31],
            (id, kind, samples, warmup, timeout, parameters, omit) =>
            {
                var lines = new List<string>();
                if ((omit & 1) == 0) lines.Add("id: " + id);
                if ((omit & 2) == 0) lines.Add("kind: " + kind);
                if ((omit & 4) == 0) lines.Add("samples: " + samples);
                if ((omit & 8) == 0) lines.Add("warmup: " + warmup);
                if ((omit & 16) == 0) lines.Add("timeout: " + timeout);
                lines.AddRange(parameters);
                return "- " + string.Join("\n  ", lines.SelectMany(l => l.Split('\n')));
            });

    private static readonly string[] BrokenYaml =
    [
        "- id: a\n  kind: 'native-start\n", "- [unclosed", "- {unclosed", "id: a\nkind: native-start\n", "just text", "- just text", "42", "~", "",
        "- &a [*a]", "- *undefined", "- id: a\n\tkind: tab\n", "- id: a\n  id: a\n", "- id: a\n kind: bad indent\n", "%YAML 9.9\n---\n- id: a",
        "--- \n- id: a\n--- \n- id: b\n", "- ? [a]\n  : b\n", "- !!map {id: a}", "- !custom {id: a}", "- id: !!int a\n  kind: native-start",
        "- id: \"\\x\"", "- id: a\n  kind: native-start\n  samples: !!float 5", "\uFEFF- id: a\n  kind: native-start", "- id: a\r\n  kind: native-start\r\n",
        "- id: a\0\n", "- id: \uD800\n", "- id: a\n  kind: native-start\n  laughs0: &l0 [x,x,x,x,x,x,x,x,x,x]\n  laughs1: [*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0,*l0]",
    ];

    private static readonly Gen<string> DeepNesting =
        Gen.Select(Gen.OneOf(10, 65, 1_000, 100_000), Gen.OneOf("[", "{a: ", "- "), Gen.Bool, (depth, open, closed) =>
            open == "- "
                ? string.Concat(Enumerable.Range(0, Math.Min(depth, 2_000)).Select(i => new string(' ', i * 2) + "- \n")) + "x"
                : "- id: a\n  kind: " + Repeat(open, depth) + "x" + (closed ? Repeat(open == "[" ? "]" : "}", depth) : ""));

    private static readonly Gen<string> Mutated =
        Gen.Select(Item.List[1, 3], Gen.Select(Gen.Double[0, 1], Gen.Char, Gen.Int[0, 2]).List[1, 8], (items, edits) =>
        {
            var text = new System.Text.StringBuilder(string.Join("\n", items) + "\n");
            foreach (var (where, c, op) in edits)
            {
                int at = Math.Min((int)(where * text.Length), Math.Max(0, text.Length - 1));
                if (op == 0 && text.Length > 0) text[at] = c;
                else if (op == 1) text.Insert(at, c);
                else if (text.Length > 0) text.Remove(at, 1);
            }
            return text.ToString();
        });

    /// <summary>One or two spec files (path, text), so duplicates across files are met too.</summary>
    public static Gen<(string Kind, IReadOnlyList<(string Path, string Text)> Files)> Files { get; } =
        Gen.Frequency(
                (5, Item.List[1, 4].Select(items => ("hostile fields", string.Join("\n", items) + "\n"))),
                (2, Gen.OneOf(BrokenYaml).Select(text => ("broken YAML", text))),
                (1, DeepNesting.Select(text => ("deep nesting", text))),
                (2, Mutated.Select(text => ("mutated", text))))
            .List[1, 2]
            .Select(files => (
                files.Select(f => f.Item1).Distinct().Count() == 1 ? files[0].Item1 : "mixed",
                (IReadOnlyList<(string, string)>)files.Select((f, i) => ($"_lab/spec{i}.yml", f.Item2)).ToList()));
}
