using ColorCode;
using ColorCode.Common;

namespace Blog.Site.Rendering.Highlighting;

/// <summary>
/// Languages a DevOps blog shows most that ColorCode lacks (shell, YAML, Dockerfile, Go, INI/TOML), as ColorCode
/// rule sets. Passed to the parser per call, never registered in ColorCode's global repository.
/// </summary>
internal static class ExtraLanguages
{
    public static IReadOnlyList<ILanguage> All { get; } =
    [
        new RuleLanguage("bash", "Shell", ["sh", "shell", "zsh", "console", "shell-session", "shellsession"],
        [
            Rule(@"(?m)(#.*?)$", ScopeName.Comment),
            Rule(@"""(?:[^""\\]|\\.)*""", ScopeName.String),
            Rule(@"'[^']*'", ScopeName.String),
            Rule(@"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?|\$[0-9@#?$!*-]", ScopeName.PowerShellVariable),
            Rule(@"\b(?:if|then|else|elif|fi|for|while|until|do|done|case|esac|in|function|return|local|export|readonly|select|time)\b", ScopeName.Keyword),
            Rule(@"\b(?:echo|cd|set|unset|source|exit|exec|eval|trap|shift|read|printf|test|alias|true|false)\b", ScopeName.BuiltinFunction),
            Rule(@"(?<=\s)--?[A-Za-z0-9][\w-]*", ScopeName.PowerShellParameter),
            Rule(@"\b\d+\b", ScopeName.Number),
            Rule(@"&&|\|\||[|;&<>]=?", ScopeName.Operator),
        ]),
        new RuleLanguage("yaml", "YAML", ["yml"],
        [
            Rule(@"(?m)(#.*?)$", ScopeName.Comment),
            Rule(@"(?m)^(\s*-?\s*)([A-Za-z0-9_.\-/""' ]+?)(\s*:)(?=\s|$)", ScopeName.PlainText, ScopeName.JsonKey, ScopeName.Delimiter),
            Rule(@"""(?:[^""\\]|\\.)*""|'[^']*'", ScopeName.String),
            Rule(@"(?<=[:\-\[,]\s*)(?:true|false|yes|no|on|off|null|~)\b", ScopeName.BuiltinValue),
            Rule(@"(?<=[:\-\[,]\s*)-?\d+(?:\.\d+)?\b", ScopeName.Number),
            Rule(@"(?m)^(?:---|\.\.\.)\s*$", ScopeName.PreprocessorKeyword),
            Rule(@"[&*][A-Za-z0-9_-]+", ScopeName.PseudoKeyword),
        ]),
        new RuleLanguage("dockerfile", "Dockerfile", ["docker", "containerfile"],
        [
            Rule(@"(?m)(#.*?)$", ScopeName.Comment),
            Rule(@"(?im)^\s*(FROM|RUN|CMD|LABEL|MAINTAINER|EXPOSE|ENV|ADD|COPY|ENTRYPOINT|VOLUME|USER|WORKDIR|ARG|ONBUILD|STOPSIGNAL|HEALTHCHECK|SHELL)\b", ScopeName.Keyword),
            Rule(@"(?i)\bAS\b", ScopeName.Keyword),
            Rule(@"""(?:[^""\\]|\\.)*""|'[^']*'", ScopeName.String),
            Rule(@"\$\{?[A-Za-z_][A-Za-z0-9_]*\}?", ScopeName.PowerShellVariable),
            Rule(@"(?<=\s)--[A-Za-z0-9][\w-]*", ScopeName.PowerShellParameter),
        ]),
        new RuleLanguage("go", "Go", ["golang"],
        [
            Rule(@"//.*?$|/\*[\s\S]*?\*/", ScopeName.Comment),
            Rule(@"""(?:[^""\\]|\\.)*""|`[^`]*`|'(?:[^'\\]|\\.)'", ScopeName.String),
            Rule(@"\b(?:break|case|chan|const|continue|default|defer|else|fallthrough|for|func|go|goto|if|import|interface|map|package|range|return|select|struct|switch|type|var)\b", ScopeName.Keyword),
            Rule(@"\b(?:bool|byte|complex64|complex128|error|float32|float64|int|int8|int16|int32|int64|rune|string|uint|uint8|uint16|uint32|uint64|uintptr|any)\b", ScopeName.Type),
            Rule(@"\b(?:true|false|nil|iota)\b", ScopeName.BuiltinValue),
            Rule(@"\b(?:append|cap|close|copy|delete|len|make|new|panic|print|println|recover)\b(?=\()", ScopeName.BuiltinFunction),
            Rule(@"\b\d+(?:\.\d+)?\b", ScopeName.Number),
        ]),
        new RuleLanguage("ini", "INI", ["toml", "cfg", "conf", "properties", "editorconfig"],
        [
            Rule(@"(?m)([#;].*?)$", ScopeName.Comment),
            Rule(@"(?m)^\s*(\[[^\]\r\n]+\])", ScopeName.Keyword),
            Rule(@"(?m)^\s*([A-Za-z0-9_.\-]+)(\s*=)", ScopeName.JsonKey, ScopeName.Operator),
            Rule(@"""(?:[^""\\]|\\.)*""|'[^']*'", ScopeName.String),
            Rule(@"\b(?:true|false)\b", ScopeName.BuiltinValue),
            Rule(@"\b\d+(?:\.\d+)?\b", ScopeName.Number),
        ]),
    ];

    /// <summary>A rule whose whole match (one scope) or groups 1..n (several scopes) are coloured.</summary>
    private static LanguageRule Rule(string regex, params string[] scopes)
    {
        var captures = new Dictionary<int, string>();
        if (scopes.Length == 1) captures[0] = scopes[0];
        else for (var i = 0; i < scopes.Length; i++) captures[i + 1] = scopes[i];
        return new LanguageRule(regex, captures);
    }

    private sealed class RuleLanguage(string id, string name, string[] aliases, IList<LanguageRule> rules) : ILanguage
    {
        public string Id => id;
        public string Name => name;
        public string CssClassName => id;
        public string? FirstLinePattern => null;
        public IList<LanguageRule> Rules => rules;
        public bool HasAlias(string lang) => aliases.Contains(lang, StringComparer.OrdinalIgnoreCase);
        public IReadOnlyList<string> Aliases => aliases;
    }

    public static IEnumerable<string> AliasesOf(ILanguage language) =>
        language is RuleLanguage rule ? rule.Aliases : [];
}
