using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>
/// YAML, ported from Rouge 3.30's lexers/yaml.rb (MIT, see THIRD-PARTY-NOTICES.md): block structure follows an
/// indentation stack kept per run, as Rouge's lexer keeps it in instance variables.
/// </summary>
internal sealed class YamlLexer : RegexLexer
{
    private const string PlainScalarStart = @"[^ \t\n\r\f\v?:,\[\]{}#&*!\|>'""%@`]";

    private sealed class Indentation
    {
        public readonly List<int> Stack = [0];
        public int Next;
        public int? BlockScalar;

        public int Current => Stack[^1];

        public void Reset()
        {
            Stack.Clear();
            Stack.Add(0);
            Next = 0;
            BlockScalar = null;
        }

        /// <summary>Rouge's save_indent: a dedent pops the levels above; the indentation splits into text and an error part.</summary>
        public (string Text, string Error) Save(string match)
        {
            Next = match.Length;
            if (Next >= Current) return (match, "");
            while (Next < Current) Stack.RemoveAt(Stack.Count - 1);
            return (match[..Math.Min(Current, match.Length)], Current <= match.Length ? match[Current..] : "");
        }

        public void Set(string match, bool implicitly)
        {
            if (Current < Next) Stack.Add(Next);
            if (!implicitly) Next += match.Length;
        }
    }

    protected internal override object? NewRunData() => new Indentation();

    private static Indentation Indent(RegexRun run) => (Indentation)run.Data!;

    protected override void Define(StateSet states)
    {
        states.State("basic", s => s.Rule("#.*$", CommentSingle));
        states.State("root", s =>
        {
            s.Mixin("basic");
            s.Rule(@"\n+", Text);
            s.Rule("[ ]+(?=#|$)", Text);
            s.Rule(@"^%YAML\b", run => { run.Token(NameTag); Indent(run).Reset(); run.Push("yaml_directive"); });
            s.Rule(@"^%TAG\b", run => { run.Token(NameTag); Indent(run).Reset(); run.Push("tag_directive"); });
            s.Rule(@"^(?:---|\.\.\.)(?= |$)", run => { run.Token(NameNamespace); Indent(run).Reset(); run.Push("block_line"); });
            s.Rule(@"[ ]*(?!\s|$)", run =>
            {
                var (text, error) = Indent(run).Save(run[0]);
                run.Token(Text, text);
                run.Token(Error, error);
                run.Push("block_line");
                run.Push("indentation");
            });
        });
        states.State("indentation", s =>
        {
            s.Rule(@"\s*?\n", run => { run.Token(Text); run.Pop(2); });
            s.Rule("[ ]+(?=[-:?](?:[ ]|$))", run => { run.Token(Text); Indent(run).Next += run[0].Length; });
            s.Rule("[?:-](?=[ ]|$)", run => { Indent(run).Set(run[0], implicitly: false); run.Token(PunctuationIndicator); });
            s.Rule("[ ]*", run => { run.Token(Text); Indent(run).Next += run[0].Length; run.Pop(); });
        });
        states.State("block_line", s =>
        {
            s.Rule("[ ]*(?=#|$)", Text, "#pop");
            s.Rule("[ ]+", Text);
            s.Mixin("descriptors");
            s.Mixin("block_nodes");
            s.Mixin("flow_nodes");
            s.Rule($@"(?={PlainScalarStart}|[?:-][^ \t\n\r\f\v])", run => { run.Token(NameVariable); run.Push("plain_scalar_in_block_context"); });
        });
        states.State("descriptors", s =>
        {
            s.Rule(@"!<[0-9A-Za-z;\/?:@&=+$,_.!~*'()\[\]%-]+>", KeywordType);
            s.Rule(@"(?:![\w-]+)?!(?:[\w;/?:@&=+$,.!~*'()\[\]%-]*)", KeywordType);
            s.Rule(@"&[\p{L}\p{Nl}\p{Nd}_-]+", NameLabel);
            s.Rule(@"\*[\p{L}\p{Nl}\p{Nd}_-]+", NameVariable);
        });
        states.State("block_nodes", s =>
        {
            s.Rule(@"([^#,:?\[\]{}""'\n]+)(:)(?=\s|$)", run =>
            {
                run.Groups(NameAttribute, PunctuationIndicator);
                Indent(run).Set(run[0], implicitly: true);
            });
            s.Rule(@"[\|>][+-]?", run =>
            {
                run.Token(PunctuationIndicator);
                run.Push("block_scalar_content");
                run.Push("block_scalar_header");
            });
        });
        states.State("flow_nodes", s =>
        {
            s.Rule(@"\[", PunctuationIndicator, "flow_sequence");
            s.Rule(@"\{", PunctuationIndicator, "flow_mapping");
            s.Rule("'", StrSingle, "single_quoted_scalar");
            s.Rule("\"", StrDouble, "double_quoted_scalar");
        });
        states.State("flow_collection", s =>
        {
            s.Rule(@"\s+", Text);
            s.Mixin("basic");
            s.Rule("[?:,]", PunctuationIndicator);
            s.Mixin("descriptors");
            s.Mixin("flow_nodes");
            s.Rule($"(?={PlainScalarStart})", run => run.Push("plain_scalar_in_flow_context"));
        });
        states.State("flow_sequence", s =>
        {
            s.Rule(@"\]", PunctuationIndicator, "#pop");
            s.Mixin("flow_collection");
        });
        states.State("flow_mapping", s =>
        {
            s.Rule(@"\}", PunctuationIndicator, "#pop");
            s.Mixin("flow_collection");
        });
        states.State("block_scalar_content", s =>
        {
            s.Rule(@"\n+", Text);
            s.Rule("^[ ]+$", run =>
            {
                var text = run[0];
                var mark = Indent(run).BlockScalar ?? text.Length;
                run.Token(Text, text[..Math.Clamp(mark, 0, text.Length)]);
                if (mark >= 0 && mark <= text.Length) run.Token(NameConstant, text[mark..]);
            });
            s.Rule("^[ ]*", run =>
            {
                run.Token(Text);
                var indent = Indent(run);
                var size = run[0].Length;
                var dedentLevel = indent.BlockScalar ?? indent.Current;
                indent.BlockScalar ??= size;
                if (size < dedentLevel)
                {
                    indent.Save(run[0]);
                    run.Pop();
                    run.Push("indentation");
                }
            });
            s.Rule(@"[^\n\r\f\v]+", Str);
        });
        states.State("block_scalar_header", s =>
        {
            s.Rule("(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)", run =>
            {
                var indent = Indent(run);
                indent.BlockScalar = null;
                run.Goto("ignored_line");
                if (run[0].Length == 0) return;
                // Rouge takes m[1], the whole header ("2-", "-2", "+"), and Ruby's to_i reads its sign and digits.
                indent.BlockScalar = indent.Current + RubyToInteger(run[1]);
                run.Token(PunctuationIndicator);
            });
        });
        states.State("ignored_line", s =>
        {
            s.Mixin("basic");
            s.Rule("[ ]+", Text);
            s.Rule(@"\n", Text, "#pop");
        });
        states.State("quoted_scalar_whitespaces", s =>
        {
            s.Rule("^[ ]+", Text);
            s.Rule("[ ]+$", Text);
            s.Rule(@"\n+", Text);
            s.Rule("[ ]+", NameVariable);
        });
        states.State("single_quoted_scalar", s =>
        {
            s.Mixin("quoted_scalar_whitespaces");
            s.Rule(@"\\'", StrEscape);
            s.Rule("'", Str, "#pop");
            s.Rule(@"[^\s']+", Str);
        });
        states.State("double_quoted_scalar", s =>
        {
            s.Rule("\"", Str, "#pop");
            s.Mixin("quoted_scalar_whitespaces");
            s.Rule(@"\\[0abt\tn\nvfre ""\\N_LP]", StrEscape);
            s.Rule(@"\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})", StrEscape);
            s.Rule(@"[^ \t\n\r\f\v""\\]+", Str);
        });
        states.State("plain_scalar_in_block_context_new_line", s =>
        {
            s.Rule(@"^[ ]+\n", Text);
            s.Rule(@"\n+", Text);
            s.Rule(@"^(?=---|\.\.\.)", run => run.Pop(3));
            s.Rule("^[ ]*", run =>
            {
                run.Token(Text);
                run.Pop();
                if (run[0].Length <= Indent(run).Current)
                {
                    run.Pop();
                    Indent(run).Save(run[0]);
                    run.Push("indentation");
                }
            });
        });
        states.State("plain_scalar_in_block_context", s =>
        {
            s.Rule("[ ]*(?=:[ \n]|:$)", Text, "#pop");
            s.Rule(@"[ ]*:\S+", Str);
            s.Rule("[ ]+(?=#)", Text, "#pop");
            s.Rule("[ ]+$", Text);
            s.Rule(@"\n+", run => { run.Token(Text); run.Push("plain_scalar_in_block_context_new_line"); });
            s.Rule("[ ]+", Str);
            s.Rule("true|false|null", NameConstant);
            s.Rule(@"\d+(?:\.\d+)?(?=(\r?\n)| +#)", Num, "#pop");
            s.Rule(@"[^\s:]+", Str);
        });
        states.State("plain_scalar_in_flow_context", s =>
        {
            s.Rule(@"[ ]*(?=[,:?\[\]{}])", Text, "#pop");
            s.Rule("[ ]+(?=#)", Text, "#pop");
            s.Rule("^[ ]+", Text);
            s.Rule("[ ]+$", Text);
            s.Rule(@"\n+", Text);
            s.Rule("[ ]+", NameVariable);
            s.Rule(@"[^\s,:?\[\]{}]+", NameVariable);
        });
        states.State("yaml_directive", s =>
            s.Rule(@"([ ]+)(\d+\.\d+)", run => { run.Groups(Text, Num); run.Goto("ignored_line"); }));
        states.State("tag_directive", s =>
            s.Rule(@"([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()\[\]%-]+)", run =>
            {
                run.Groups(Text, KeywordType, Text, KeywordType);
                run.Goto("ignored_line");
            }));
    }

    /// <summary>Ruby's String#to_i: an optional sign and the digits that follow, 0 when there are none.</summary>
    private static int RubyToInteger(string text)
    {
        var at = 0;
        var sign = 1;
        if (at < text.Length && (text[at] == '+' || text[at] == '-')) sign = text[at++] == '-' ? -1 : 1;
        var value = 0;
        while (at < text.Length && char.IsAsciiDigit(text[at]) && value < 100_000) value = value * 10 + (text[at++] - '0');
        return sign * value;
    }
}
