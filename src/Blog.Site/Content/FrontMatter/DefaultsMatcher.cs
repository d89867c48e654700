using Blog.Site.Config;
using Blog.Site.Config.Yaml;
using Blog.Site.Content.Discovery;

namespace Blog.Site.Content.FrontMatter;

/// <summary>
/// Jekyll's <c>FrontmatterDefaults#all</c>: the <c>defaults:</c> values that apply to a file, by scope path (a prefix
/// of the file's path, or a glob) and type (<c>posts</c>, <c>pages</c>; drafts are of type <c>posts</c> as in Jekyll 4).
/// A more specific scope (longer path, then one with a type) wins over a less specific one.
/// </summary>
public sealed class DefaultsMatcher
{
    private readonly Scope[] _scopes;

    public DefaultsMatcher(IReadOnlyList<FrontMatterDefault> defaults) =>
        _scopes = defaults.Select(d => new Scope(d)).ToArray();

    public static IReadOnlyDictionary<string, object?> Empty { get; } = new Dictionary<string, object?>();

    public IReadOnlyDictionary<string, object?> ValuesFor(string relativePath, string? type)
    {
        if (_scopes.Length == 0) return Empty;
        string path = Sanitize(relativePath);
        Dictionary<string, object?>? result = null;
        Scope? winner = null;
        foreach (var scope in _scopes)
        {
            if (!scope.Applies(path, type)) continue;
            var values = scope.Default.Values;
            if (winner is null || scope.HasPrecedenceOver(winner))
            {
                result = ValueMerge.Deep(result ?? (IReadOnlyDictionary<string, object?>)Empty, values);
                winner = scope;
            }
            else
                result = ValueMerge.Deep(values, result!);
        }
        return result ?? Empty;
    }

    private static string Sanitize(string path) => path.StartsWith('/') ? path.TrimStart('/').TrimEnd('/') : path;

    private sealed class Scope(FrontMatterDefault value)
    {
        private readonly FnMatch? _glob = value.Path.Contains('*') ? FnMatch.Create(value.Path.TrimStart('/'), starCrossesFolders: false) : null;
        private readonly int _pathLength = Sanitize(value.Path).Length;

        public FrontMatterDefault Default { get; } = value;

        public bool Applies(string path, string? type) =>
            (Default.Type is null || Default.Type == type) && AppliesToPath(path);

        // Jekyll compares plain string prefixes (so scope "blog" also covers "blog-old/"); a glob matches a folder or file
        // the path lies in.
        private bool AppliesToPath(string path)
        {
            if (Default.Path.Length == 0) return true;
            if (_glob is null) return path.StartsWith(Default.Path, StringComparison.Ordinal);
            for (int slash = path.IndexOf('/'); slash >= 0; slash = path.IndexOf('/', slash + 1))
                if (_glob.IsMatch(path[..slash])) return true;
            return _glob.IsMatch(path);
        }

        public bool HasPrecedenceOver(Scope old)
        {
            if (_pathLength != old._pathLength) return _pathLength >= old._pathLength;
            if (Default.Type is not null) return true;
            return old.Default.Type is null;
        }
    }
}
