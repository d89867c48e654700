using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Blog.Site.Rendering.Highlighting.Engine;

/// <summary>
/// Rouge's RegexLexer: named states, each an ordered list of rules (or mixed-in states); at each position the first
/// rule of the top state whose regex matches there consumes the text, yields tokens and may push or pop states.
/// Subclasses declare their states once in <see cref="Define"/>; the built lexer is immutable.
/// </summary>
internal abstract class RegexLexer : Lexer
{
    private readonly Dictionary<string, LexState> _states = new(StringComparer.Ordinal);

    /// <summary>States made while lexing (Rouge's <c>push do ... end</c>), built once per key and then shared.</summary>
    private readonly ConcurrentDictionary<string, LexState> _dynamicStates = new(StringComparer.Ordinal);

    protected RegexLexer()
    {
        Define(new StateSet(_states));
        foreach (var state in _states.Values)
            foreach (var mixin in state.Entries.OfType<Mixin>())
                if (!_states.ContainsKey(mixin.StateName))
                    throw new InvalidOperationException($"{GetType().Name}: state '{state.Name}' mixes in unknown state '{mixin.StateName}'");
    }

    /// <summary>Declares the states; <c>root</c> is where lexing starts.</summary>
    protected abstract void Define(StateSet states);

    /// <summary>Rouge's <c>start</c> blocks: runs when a lex begins (e.g. to push a first state).</summary>
    protected internal virtual void OnStart(RegexRun run) { }

    /// <summary>Per-run data a lexer's rules keep (Rouge's instance variables, e.g. pending heredocs); null when none.</summary>
    protected internal virtual object? NewRunData() => null;

    public override LexerRun Start(Action<TokenType, string> output, LexerCatalog catalog) => new RegexRun(this, output, catalog);

    /// <summary>
    /// A state defined by what a rule matched (e.g. Ruby's <c>%q(...)</c> with its own delimiters), the same for the
    /// same <paramref name="key"/>; its rules may mix in the lexer's named states.
    /// </summary>
    internal LexState DynamicState(string key, Action<StateRules> rules) =>
        _dynamicStates.GetOrAdd(key, k =>
        {
            var state = new LexState(k);
            rules(new StateRules(state));
            return state;
        });

    /// <summary>The named states, for tests that check every rule.</summary>
    internal IEnumerable<LexState> States => _states.Values;

    internal LexState State(string name) =>
        _states.TryGetValue(name, out var state) ? state : throw new InvalidOperationException($"{GetType().Name}: no state '{name}'");
}

internal sealed class LexState(string name)
{
    private RuleTable? _rules;

    public string Name { get; } = name;

    /// <summary>Rules and mixins, as declared; complete before the state is first lexed with.</summary>
    public List<object> Entries { get; } = [];

    /// <summary>The rules by first character, built on first use (racing builders make equal tables).</summary>
    public RuleTable Rules(RegexLexer lexer) => _rules ??= new RuleTable(this, lexer.State);
}

internal sealed record Mixin(string StateName);

internal sealed class LexRule(string pattern, Action<RegexRun> action)
{
    public Regex Regex { get; } = RubyPattern.Compile(pattern);
    public bool AtLineStart { get; } = RubyPattern.StartsAtLineStart(pattern);

    /// <summary>What a match can start with: the rule is not tried elsewhere (see <see cref="FirstChars"/>).</summary>
    public FirstChars FirstChars { get; } = FirstChars.Of(RubyPattern.Translate(pattern));

    public Action<RegexRun> Action { get; } = action;
}

/// <summary>The states of a lexer being declared.</summary>
internal sealed class StateSet(Dictionary<string, LexState> states)
{
    public void State(string name, Action<StateRules> rules)
    {
        var state = new LexState(name);
        states.Add(name, state);
        rules(new StateRules(state));
    }
}

/// <summary>
/// A state's rules in Rouge's forms: <c>rule re, Token[, next]</c>, <c>rule re do groups ... end</c>, <c>mixin</c>.
/// <c>next</c> is a state to push, <c>#pop</c>, <c>#pop:N</c>, or <c>#push</c> (the current state again).
/// </summary>
internal sealed class StateRules(LexState state)
{
    public void Rule(string pattern, TokenType token, string? next = null) =>
        state.Entries.Add(new LexRule(pattern, run => { run.Token(token); run.Next(next); }));

    public void Rule(string pattern, TokenType[] groups, string? next = null) =>
        state.Entries.Add(new LexRule(pattern, run => { run.Groups(groups); run.Next(next); }));

    public void Rule(string pattern, Action<RegexRun> action) => state.Entries.Add(new LexRule(pattern, action));

    public void Mixin(string stateName) => state.Entries.Add(new Mixin(stateName));
}
