using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>
/// SCSS, or the indented Sass syntax when not <paramref name="scss"/>, ported from Rouge 3.30's lexers/scss.rb,
/// sass.rb and sass/common.rb (MIT, see THIRD-PARTY-NOTICES.md). Sass blocks follow indentation (Rouge's Indentation).
/// </summary>
internal sealed class SassLexer(bool scss) : RegexLexer
{
    private const string Id = @"[\w-]+";

    /// <summary>Rouge's Indentation module state: the block a deeper line continues, and the last line's indentation.</summary>
    private sealed class Blocks
    {
        public string? State;
        public string? Indentation;
        public string Last = "";
    }

    protected internal override object? NewRunData() => scss ? null : new Blocks();

    protected override void Define(StateSet states)
    {
        if (scss) DefineScss(states);
        else DefineSass(states);
        DefineCommon(states);
    }

    private static void DefineScss(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule("//.*?$", CommentSingle);
            s.Rule("(?s)/[*].*?[*]/", CommentMultiline);
            s.Rule(@"@import\b", Keyword, "value");
            s.Mixin("content_common");
            s.Rule("(?=[^;{}][;}])", run => run.Push("attribute"));
            s.Rule("(?=[^;{}:\\[]+:[^a-z])", run => run.Push("attribute"));
            s.Rule("", run => run.Push("selector"));
        });
        states.State("end_section", s =>
        {
            s.Rule(@"\n", Text);
            s.Rule("[;{}]", run => { run.Token(Punctuation); run.ResetStack(); });
        });
    }

    private static void DefineSass(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"[ \t]*\n", Text);
            s.Rule(@"[ \t]*", run => { run.Token(Text); Indentation(run, run[0]); });
        });
        states.State("content", s =>
        {
            s.Rule("//.*?$", run => { run.Token(CommentSingle); run.Pop(); StartsBlock(run, "single_comment"); });
            s.Rule(@"/[*].*?\n", run => { run.Token(CommentMultiline); run.Pop(); StartsBlock(run, "multi_comment"); });
            s.Rule(@"@import\b", Keyword, "import");
            s.Mixin("content_common");
            s.Rule($"={Id}", NameFunction, "value");
            s.Rule($"[+]{Id}", NameDecorator, "value");
            s.Rule(":", NameAttribute, "old_style_attr");
            s.Rule(@"(?=[^\[\n]+?:([^a-z]|$))", run => run.Push("attribute"));
            s.Rule("", run => run.Push("selector"));
        });
        states.State("single_comment", s => s.Rule(".*?$", CommentSingle, "#pop"));
        states.State("multi_comment", s => s.Rule(@".*?\n", CommentMultiline, "#pop"));
        states.State("import", s =>
        {
            s.Rule(@"[ \t]+", Text);
            s.Rule(@"\S+", Str);
            s.Rule(@"\n", Text, "#pop");
        });
        states.State("old_style_attr", s =>
        {
            s.Mixin("attr_common");
            s.Rule("", run => { run.Pop(); run.Push("value"); });
        });
        states.State("end_section", s => s.Rule(@"\n", run => { run.Token(Text); run.ResetStack(); }));
    }

    /// <summary>Rouge's starts_block: lines indented deeper than this one continue <paramref name="state"/>.</summary>
    private static void StartsBlock(RegexRun run, string state)
    {
        var blocks = (Blocks)run.Data!;
        blocks.State = state;
        blocks.Indentation = blocks.Last;
    }

    /// <summary>Rouge's indentation: a deeper line continues the open block, any other starts content.</summary>
    private static void Indentation(RegexRun run, string indent)
    {
        var blocks = (Blocks)run.Data!;
        blocks.Last = indent;
        if (blocks.State is not null && blocks.Indentation is not null &&
            indent.StartsWith(blocks.Indentation, StringComparison.Ordinal) && indent != blocks.Indentation)
        {
            run.Push(blocks.State);
            return;
        }
        blocks.State = blocks.Indentation = null;
        run.Push("content");
    }

    private static void DefineCommon(StateSet states)
    {
        states.State("content_common", s =>
        {
            s.Rule(@"@for\b", Keyword, "for");
            s.Rule("@(debug|warn|if|each|while|else|return|media)", Keyword, "value");
            s.Rule($@"(@mixin)(\s+)({Id})", [Keyword, Text, NameFunction], "value");
            s.Rule($@"(@function)(\s+)({Id})", [Keyword, Text, NameFunction], "value");
            s.Rule(@"@extend\b", Keyword, "selector");
            s.Rule($@"(@include)(\s+)({Id})", [Keyword, Text, NameDecorator], "value");
            s.Rule($"@{Id}", Keyword, "selector");
            s.Rule("&", Keyword, "selector");
            s.Rule($@"([$]{Id})([ \t]*)(:)", [NameVariable, Text, Punctuation], "value");
        });
        states.State("value", s =>
        {
            s.Mixin("end_section");
            s.Rule(@"[ \t]+", Text);
            s.Rule($"[$]{Id}", NameVariable);
            s.Rule("url[(]", StrOther, "string_url");
            s.Rule($@"{Id}(?=\s*[(])", NameFunction);
            s.Rule($"%{Id}", NameDecorator);
            s.Rule(@"(true|false)\b", NameBuiltinPseudo);
            s.Rule(@"(and|or|not)\b", OperatorWord);
            s.Rule("(?i)#[a-z0-9]{1,6}", NumHex);
            s.Rule(@"-?\d+(%|[a-z]+)?", Num);
            s.Rule(@"-?\d*\.\d+(%|[a-z]+)?", NumInteger);
            s.Mixin("has_strings");
            s.Mixin("has_interp");
            s.Rule(@"[~^*!&%<>\|+=@:,.\/?-]+", Operator);
            s.Rule(@"[\[\]()]+", Punctuation);
            s.Rule("/[*]", CommentMultiline, "inline_comment");
            s.Rule(@"//[^\n]*", CommentSingle);
            s.Rule(Id, run => run.Token(CssLexer.Builtins.Contains(run[0]) ? NameBuiltin
                : CssLexer.Constants.Contains(run[0]) ? NameConstant : Name));
        });
        states.State("has_interp", s => s.Rule("[#][{]", StrInterpol, "interpolation"));
        states.State("has_strings", s =>
        {
            s.Rule("\"", StrDouble, "dq");
            s.Rule("'", StrSingle, "sq");
        });
        states.State("interpolation", s =>
        {
            s.Rule("}", StrInterpol, "#pop");
            s.Mixin("value");
        });
        states.State("selector", s =>
        {
            s.Mixin("end_section");
            s.Mixin("has_strings");
            s.Mixin("has_interp");
            s.Rule(@"[ \t]+", Text);
            s.Rule(":", NameDecorator, "pseudo_class");
            s.Rule("[.]", NameClass, "class");
            s.Rule("#", NameNamespace, "id");
            s.Rule("%", NameVariable, "placeholder");
            s.Rule(Id, NameTag);
            s.Rule("&", Keyword);
            s.Rule(@"[~^*!&\[\]()<>\|+=@:;,.\/?-]", Operator);
        });
        states.State("dq", s =>
        {
            s.Rule("\"", StrDouble, "#pop");
            s.Mixin("has_interp");
            s.Rule(@"(\\.|#(?![{])|[^\n""#])+", StrDouble);
        });
        states.State("sq", s =>
        {
            s.Rule("'", StrSingle, "#pop");
            s.Mixin("has_interp");
            s.Rule(@"(\\.|#(?![{])|[^\n'#])+", StrSingle);
        });
        states.State("string_url", s =>
        {
            s.Rule("[)]", StrOther, "#pop");
            s.Rule(@"(\\.|#(?![{])|[^\n)#])+", StrOther);
            s.Mixin("has_interp");
        });
        states.State("selector_piece", s =>
        {
            s.Mixin("has_interp");
            s.Rule("", run => run.Pop());
        });
        foreach (var (name, token) in new[] { ("pseudo_class", NameDecorator), ("class", NameClass), ("id", NameNamespace), ("placeholder", NameVariable) })
        {
            states.State(name, s =>
            {
                s.Rule(Id, token);
                s.Mixin("selector_piece");
            });
        }
        states.State("for", s =>
        {
            s.Rule("(from|to|through)", OperatorWord);
            s.Mixin("value");
        });
        states.State("attr_common", s =>
        {
            s.Mixin("has_interp");
            s.Rule(Id, run => run.Token(CssLexer.Attributes.Contains(run[0]) ? NameLabel : NameAttribute));
        });
        states.State("attribute", s =>
        {
            s.Mixin("attr_common");
            s.Rule(@"([ \t]*)(:)", [Text, Punctuation], "value");
        });
        states.State("inline_comment", s =>
        {
            s.Rule(@"(\\#|#(?=[^\n{])|\*(?=[^\n\/])|[^\n#*])+", CommentMultiline);
            s.Mixin("has_interp");
            s.Rule("[*]/", CommentMultiline, "#pop");
        });
    }
}
