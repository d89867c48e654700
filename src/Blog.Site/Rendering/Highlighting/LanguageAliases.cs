using ColorCode;

namespace Blog.Site.Rendering.Highlighting;

/// <summary>The language names authors write after a code fence or in <c>{% highlight %}</c>, resolved to a ColorCode language.</summary>
internal sealed class LanguageAliases
{
    private readonly Dictionary<string, ILanguage> _languages = new(StringComparer.OrdinalIgnoreCase);

    public LanguageAliases(IEnumerable<ILanguage> extraLanguages)
    {
        foreach (var language in Languages.All) _languages[language.Id] = language;
        foreach (var language in extraLanguages)
        {
            _languages[language.Id] = language;
            foreach (var alias in ExtraLanguages.AliasesOf(language)) _languages[alias] = language;
        }
        Alias("c#", "cs", "csharp");
        Alias("javascript", "js", "node", "jsx");
        Alias("typescript", "ts", "tsx");
        Alias("html", "htm", "xhtml", "liquid");
        Alias("xml", "svg", "xaml", "csproj", "xsl", "plist");
        Alias("cpp", "c++", "c", "h", "hpp", "cc", "objc");
        Alias("f#", "fs", "fsharp");
        Alias("vb.net", "vb", "vbnet");
        Alias("powershell", "ps1", "pwsh", "posh");
        Alias("python", "py", "python3");
        Alias("json", "jsonc", "json5");
        Alias("markdown", "md");
        Alias("sql", "mysql", "postgresql", "psql", "sqlite");
        Alias("matlab", "octave");
        Alias("java", "groovy", "kotlin", "scala");
        Alias("css", "scss", "less");
        Alias("fortran", "f90");
    }

    private void Alias(string id, params string[] names)
    {
        if (!_languages.TryGetValue(id, out var language)) return;
        foreach (var name in names) _languages.TryAdd(name, language);
    }

    public ILanguage? Find(string name) => _languages.GetValueOrDefault(name.Trim());
}
