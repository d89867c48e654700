using Tomlyn;
using Tomlyn.Model;

namespace Blog.Browser.Tests.Support;

/// <summary>
/// The response headers netlify.toml declares, read from the file itself so the tests check exactly what
/// is deployed. Netlify applies every matching <c>[[headers]]</c> block; <c>/*</c> matches everything.
/// </summary>
public sealed record NetlifyHeaders(IReadOnlyList<(string Pattern, IReadOnlyDictionary<string, string> Values)> Rules)
{
    public static NetlifyHeaders Load(string netlifyToml)
    {
        var model = TomlSerializer.Deserialize<TomlTable>(File.ReadAllText(netlifyToml))!;
        var rules = new List<(string, IReadOnlyDictionary<string, string>)>();
        if (model.TryGetValue("headers", out var headers) && headers is TomlTableArray blocks)
            foreach (var block in blocks)
            {
                var values = ((TomlTable)block["values"]).ToDictionary(kv => kv.Key, kv => kv.Value.ToString()!);
                rules.Add(((string)block["for"], values));
            }
        return new NetlifyHeaders(rules);
    }

    public IEnumerable<KeyValuePair<string, string>> For(string path) =>
        Rules.Where(r => Matches(r.Pattern, path)).SelectMany(r => r.Values);

    public string ContentSecurityPolicy => Rules.SelectMany(r => r.Values)
        .First(v => v.Key.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase)).Value;

    private static bool Matches(string pattern, string path) =>
        pattern.EndsWith('*') ? path.StartsWith(pattern[..^1], StringComparison.Ordinal) : path == pattern;
}
