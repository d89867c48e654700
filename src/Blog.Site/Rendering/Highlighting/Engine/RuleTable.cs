namespace Blog.Site.Rendering.Highlighting.Engine;

/// <summary>
/// A state's rules in the order Rouge tries them, mixins expanded, split by the character a match can start with
/// (<see cref="FirstChars"/>): at each position a run tries only the rules that can match there, without walking
/// the state's mixins or testing the others. Immutable once built.
/// </summary>
internal sealed class RuleTable
{
    private const int Ascii = 128;

    private readonly LexRule[][] _byAscii;
    private readonly LexRule[] _nonAscii;

    public RuleTable(LexState state, Func<string, LexState> named)
    {
        var rules = new List<LexRule>();
        Expand(state, named, rules, [state]);
        _byAscii = new LexRule[Ascii][];
        for (var c = 0; c < Ascii; c++) _byAscii[c] = [.. rules.Where(r => r.FirstChars.Contains((char)c))];
        _nonAscii = [.. rules.Where(r => r.FirstChars.Contains((char)Ascii))]; // one answer for all non-ASCII
    }

    /// <summary>The rules to try, in order, where the text continues with <paramref name="c"/>.</summary>
    public LexRule[] For(char c) => c < Ascii ? _byAscii[c] : _nonAscii;

    /// <remarks>
    /// A rule already listed, and a mixin already being expanded (a cycle), add nothing: at a given position a rule
    /// tried once and failed fails again, so the first match is the same as when every entry is tried.
    /// </remarks>
    private static void Expand(LexState state, Func<string, LexState> named, List<LexRule> rules, HashSet<LexState> path)
    {
        foreach (var entry in state.Entries)
        {
            if (entry is LexRule rule)
            {
                if (!rules.Contains(rule)) rules.Add(rule);
                continue;
            }
            var mixed = named(((Mixin)entry).StateName);
            if (!path.Add(mixed)) continue;
            Expand(mixed, named, rules, path);
            path.Remove(mixed);
        }
    }
}
