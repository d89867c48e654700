namespace Blog.Site.Rendering.Highlighting.Engine;

/// <summary>
/// The lexers by Rouge's tags and aliases (case-sensitive, as Rouge's registry). Each lexer is built on first use:
/// a build that shows only shell and YAML never compiles the C++ rules.
/// </summary>
internal sealed class LexerCatalog
{
    private readonly Dictionary<string, Lazy<Lexer>> _byName = new(StringComparer.Ordinal);

    public LexerCatalog(IEnumerable<(string Tag, string[] Aliases, Func<Lexer> Create)> lexers)
    {
        foreach (var (tag, aliases, create) in lexers)
        {
            var lexer = new Lazy<Lexer>(create, LazyThreadSafetyMode.ExecutionAndPublication);
            _byName.Add(tag, lexer);
            foreach (var alias in aliases) _byName.Add(alias, lexer);
        }
    }

    public IEnumerable<string> Names => _byName.Keys;

    public Lexer? Find(string name) => _byName.TryGetValue(name, out var lexer) ? lexer.Value : null;

    /// <summary>A lexer another one delegates to; a missing one is a bug in this catalog, not in the input.</summary>
    public Lexer Get(string tag) => Find(tag) ?? throw new InvalidOperationException($"no lexer '{tag}'");
}
