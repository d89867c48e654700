using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using ColorCode;
using ColorCode.Common;
using ColorCode.Compilation;

namespace Blog.Site.Rendering.Highlighting;

/// <summary>
/// ColorCode's language compiler, with each language's combined pattern turned into a compiled regex.
/// ColorCode builds interpreted regexes, and matching them was the single most expensive step of a build with
/// many code blocks; compiling costs a few milliseconds once per language actually used.
/// </summary>
internal sealed class CompiledRegexLanguages : ILanguageCompiler
{
    private readonly LanguageCompiler _colorCode = new(new Dictionary<string, CompiledLanguage>(), new ReaderWriterLockSlim());
    private readonly ConcurrentDictionary<string, Lazy<CompiledLanguage>> _compiled = new(StringComparer.Ordinal);

    public CompiledLanguage Compile(ILanguage language) =>
        _compiled.GetOrAdd(language.Id, _ => new Lazy<CompiledLanguage>(() => Recompile(language))).Value;

    private CompiledLanguage Recompile(ILanguage language)
    {
        var interpreted = _colorCode.Compile(language);
        var regex = new Regex(interpreted.Regex.ToString(), interpreted.Regex.Options | RegexOptions.Compiled);
        return new CompiledLanguage(interpreted.Id, interpreted.Name, regex, interpreted.Captures);
    }
}

/// <summary>
/// The languages an embedded-language rule (a script inside HTML, say) can switch to: ColorCode's own and ours.
/// ColorCode keeps its repository internal, so the parser we build for compiled regexes needs this one.
/// </summary>
internal sealed class EmbeddableLanguages(IEnumerable<ILanguage> extraLanguages) : ILanguageRepository
{
    private readonly IReadOnlyList<ILanguage> _extra = [.. extraLanguages];

    public IEnumerable<ILanguage> All => Languages.All.Concat(_extra);

    public ILanguage FindById(string languageId) =>
        Languages.FindById(languageId) ?? _extra.FirstOrDefault(l => l.Id.Equals(languageId, StringComparison.OrdinalIgnoreCase))!;

    public void Load(ILanguage language) =>
        throw new NotSupportedException("languages are fixed when the highlighter is built");
}
