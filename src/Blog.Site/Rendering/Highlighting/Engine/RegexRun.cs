using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Blog.Site.Rendering.Highlighting.Engine;

/// <summary>
/// One lexing by a <see cref="RegexLexer"/> (Rouge's lexer instance): the state stack, the current match, and the
/// calls rules make (token, groups, push, pop, goto, delegate). Malformed text never throws: an unmatched character
/// is an Error token (as in Rouge) and a regex that runs too long ends the run with the rest as plain text.
/// </summary>
internal sealed class RegexRun : LexerRun
{
    /// <summary>Rouge's MAX_NULL_SCANS: more empty matches in a row than this and the character is an error.</summary>
    private const int MaxNullScans = 5;

    /// <summary>
    /// A run's regex time, past which the rest is written unhighlighted (hostile input must not stall a build): a
    /// second, plus time for 50 KB a second of text, which honest code, lexed in about linear time, never needs.
    /// </summary>
    private static readonly TimeSpan BaseBudget = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan BudgetPerChar = TimeSpan.FromMicroseconds(20);

    private readonly RegexLexer _lexer;
    private readonly Action<TokenType, string> _output;
    private readonly LexerCatalog _catalog;
    private readonly List<LexState> _stack = [];
    private readonly Dictionary<string, LexerRun> _delegates = new(StringComparer.Ordinal);
    private readonly Stopwatch _clock = new();
    private TimeSpan _budget = BaseBudget;
    private int _nullSteps;
    private bool _gaveUp;

    public RegexRun(RegexLexer lexer, Action<TokenType, string> output, LexerCatalog catalog)
    {
        _lexer = lexer;
        _output = output;
        _catalog = catalog;
        Data = lexer.NewRunData();
        _stack.Add(lexer.State("root"));
        lexer.OnStart(this);
    }

    /// <summary>The lexer's own per-run data (see <see cref="RegexLexer.NewRunData"/>).</summary>
    public object? Data { get; }

    public Match Match { get; private set; } = System.Text.RegularExpressions.Match.Empty;

    /// <summary>The text of group <paramref name="group"/> of the current match (Rouge's <c>m[n]</c>), "" when it did not take part.</summary>
    public string this[int group] => Match.Groups[group].Value;

    public string StateName => _stack[^1].Name;

    public int Depth => _stack.Count;

    public override void Continue(string text)
    {
        var at = 0;
        _budget += BudgetPerChar * text.Length;
        _clock.Start();
        try
        {
            while (at < text.Length)
            {
                if (_gaveUp || _clock.Elapsed > _budget)
                {
                    _gaveUp = true;
                    _output(Tokens.Text, text[at..]);
                    return;
                }
                var consumed = Step(_stack[^1], text, at);
                if (consumed < 0)
                {
                    _output(Tokens.Error, text.Substring(at, char.IsHighSurrogate(text[at]) && at + 1 < text.Length ? 2 : 1));
                    at += char.IsHighSurrogate(text[at]) && at + 1 < text.Length ? 2 : 1;
                }
                else at += consumed;
            }
        }
        catch (RegexMatchTimeoutException)
        {
            _gaveUp = true;
            if (at < text.Length) _output(Tokens.Text, text[at..]);
        }
        finally
        {
            _clock.Stop();
        }
    }

    /// <summary>Tries the state's rules at <paramref name="at"/>; the length consumed, or -1 when none matched.</summary>
    private int Step(LexState state, string text, int at)
    {
        foreach (var rule in state.Rules(_lexer).For(text[at]))
        {
            if (rule.AtLineStart && at > 0 && text[at - 1] != '\n') continue;
            // The (input, start, length) overload sees only the rest of the text, as StringScanner does: \A and
            // lookbehinds start at the scan position.
            var match = rule.Regex.Match(text, at, text.Length - at);
            if (!match.Success) continue;
            Match = match;
            rule.Action(this);
            if (match.Length == 0)
            {
                if (++_nullSteps > MaxNullScans) return -1;
            }
            else _nullSteps = 0;
            return match.Length;
        }
        return -1;
    }

    public void Token(TokenType type) => Token(type, Match.Value);

    public void Token(TokenType type, string text)
    {
        if (text.Length > 0) _output(type, text);
    }

    /// <summary>Rouge's <c>groups</c>: group n+1 of the match gets token n.</summary>
    public void Groups(params TokenType[] types)
    {
        for (var i = 0; i < types.Length; i++) Token(types[i], Match.Groups[i + 1].Value);
    }

    /// <summary>A rule's next state: a name to push, <c>#pop</c>, <c>#pop:N</c>, <c>#push</c>, or null to stay.</summary>
    public void Next(string? next)
    {
        switch (next)
        {
            case null: return;
            case "#pop": Pop(); return;
            case "#push": _stack.Add(_stack[^1]); return;
            default:
                if (next.StartsWith("#pop:", StringComparison.Ordinal)) Pop(int.Parse(next[5..], System.Globalization.CultureInfo.InvariantCulture));
                else Push(next);
                return;
        }
    }

    public void Push(string state) => _stack.Add(_lexer.State(state));

    /// <summary>Pushes a state made from the match (see <see cref="RegexLexer.DynamicState"/>).</summary>
    public void Push(string key, Action<StateRules> rules) => _stack.Add(_lexer.DynamicState(key, rules));

    /// <summary>Pops states, never the last one: where Rouge would fail on an empty stack we stay in the bottom state.</summary>
    public void Pop(int times = 1)
    {
        for (var i = 0; i < times && _stack.Count > 1; i++) _stack.RemoveAt(_stack.Count - 1);
    }

    public void Goto(string state) => _stack[^1] = _lexer.State(state);

    public void ResetStack()
    {
        _stack.Clear();
        _stack.Add(_lexer.State("root"));
    }

    public bool InState(string state) => _stack.Exists(s => s.Name == state);

    /// <summary>
    /// Rouge's <c>delegate</c>: lexes <paramref name="text"/> (default: the match) with another language, continuing
    /// that language's run from the last delegation (Rouge keeps the delegate lexer as an instance variable).
    /// </summary>
    public void Delegate(string languageTag, string? text = null)
    {
        if (!_delegates.TryGetValue(languageTag, out var run))
            _delegates[languageTag] = run = _catalog.Get(languageTag).Start(_output, _catalog);
        run.Continue(text ?? Match.Value);
    }

    /// <summary>Rouge's <c>recurse</c>: lexes <paramref name="text"/> with a fresh run of this same lexer.</summary>
    public void Recurse(string text) => _lexer.Start(_output, _catalog).Continue(text);

    /// <summary>Delegates to a fresh run of the language (Rouge's <c>delegate Lexer.new</c> or a reset delegate).</summary>
    public void DelegateFresh(string languageTag, string? text = null)
    {
        _delegates.Remove(languageTag);
        Delegate(languageTag, text);
    }

    /// <summary>
    /// A fresh run of the language a name finds (as <c>Rouge::Lexer.find_fancy</c>), writing to this run's output;
    /// null when no lexer has that name.
    /// </summary>
    public LexerRun? StartLanguage(string name)
    {
        var options = name.IndexOf('?');
        return _catalog.Find(options < 0 ? name : name[..options])?.Start(_output, _catalog);
    }

    /// <summary>A fresh run of <paramref name="lexer"/>, writing to this run's output.</summary>
    public LexerRun Start(Lexer lexer) => lexer.Start(_output, _catalog);

    /// <summary>Forgets a delegate's state, so the next delegation starts over (Rouge's <c>@lexer.reset!</c>).</summary>
    public void ResetDelegate(string languageTag) => _delegates.Remove(languageTag);
}
