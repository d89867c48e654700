using System.Collections.Frozen;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>
/// JavaScript, TypeScript when <paramref name="typescript"/> (Rouge's Typescript lexer is the JavaScript one with
/// more words and a few rules first), and JSX/TSX when <paramref name="jsx"/> (elements, with HTML text, where an
/// expression starts), ported from Rouge 3.30's lexers/javascript.rb, typescript/common.rb, jsx.rb and tsx.rb
/// (MIT, see THIRD-PARTY-NOTICES.md).
/// </summary>
internal sealed class JavascriptLexer(bool typescript, bool jsx = false) : RegexLexer
{
    private const string JsKeywords =
        "as async await break case catch continue debugger default delete do else export finally from for if import " +
        "in instanceof new of return super switch this throw try typeof void while yield";
    private const string JsDeclarations = "var let const with function class extends constructor get set static";
    private const string JsReserved = "enum implements interface package private protected public";
    private const string JsConstants = "true false null NaN Infinity undefined";
    private const string JsBuiltins =
        "Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI " +
        "decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN parseFloat parseInt document window " +
        "navigator self global Promise Set Map WeakSet WeakMap Symbol Proxy Reflect Int8Array Uint8Array " +
        "Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray Int32Array Uint32Array Uint32ClampedArray " +
        "Float32Array Float64Array DataView ArrayBuffer";

    /// <summary>Rouge's id_regex; Ruby's \p{Word} is letters, marks, digits and connectors.</summary>
    internal const string Id = @"[\p{L}\p{Nl}$_][\p{L}\p{M}\p{Nd}\p{Nl}\p{Pc}]*";

    private readonly FrozenSet<string> _keywords = Words(JsKeywords, typescript ? "is namespace static private protected public implements readonly" : "");
    private readonly FrozenSet<string> _declarations = Words(JsDeclarations, typescript ? "type abstract" : "");
    private readonly FrozenSet<string> _reserved = Words(JsReserved, typescript ? "string any void number namespace module declare default interface keyof" : "");
    private readonly FrozenSet<string> _constants = Words(JsConstants, "");
    private readonly FrozenSet<string> _builtins = Words(JsBuiltins, typescript ? "Pick Partial Readonly Record" : "");

    private static FrozenSet<string> Words(string words, string more) => WordSet.Of(words + " " + more);

    protected internal override void OnStart(RegexRun run)
    {
        if (jsx) run.Push("expr_start");
    }

    protected override void Define(StateSet states)
    {
        if (jsx) DefineJsx(states);
        states.State("multiline_comment", s =>
        {
            s.Rule("[*]/", CommentMultiline, "#pop");
            s.Rule("[^*/]+", CommentMultiline);
            s.Rule("[*/]", CommentMultiline);
        });
        states.State("comments_and_whitespace", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule("<!--", Comment);
            s.Rule("//.*?$", CommentSingle);
            s.Rule("/[*]", CommentMultiline, "multiline_comment");
        });
        states.State("expr_start", s =>
        {
            if (jsx) s.Mixin("tag");
            s.Mixin("comments_and_whitespace");
            s.Rule("/", run => { run.Token(StrRegex); run.Goto("regex"); });
            s.Rule("[{]", run => { run.Token(Punctuation); run.Goto("object"); });
            s.Rule("", Text, "#pop");
        });
        states.State("regex", s =>
        {
            s.Rule("/", run => { run.Token(StrRegex); run.Goto("regex_end"); });
            s.Rule(@"[^/]\n", Error, "#pop");
            s.Rule(@"\n", Error, "#pop");
            s.Rule(@"\[\^", StrEscape, "regex_group");
            s.Rule(@"\[", StrEscape, "regex_group");
            s.Rule(@"\\.", StrEscape);
            s.Rule("[(][?][:=<!]", StrEscape);
            s.Rule(@"[{][\d,]+[}]", StrEscape);
            s.Rule("[()?]", StrEscape);
            s.Rule(".", StrRegex);
        });
        states.State("regex_end", s =>
        {
            s.Rule("[gimuy]+", StrRegex, "#pop");
            s.Rule("", run => run.Pop());
        });
        states.State("regex_group", s =>
        {
            s.Rule("/", StrEscape);
            s.Rule(@"[^/]\n", run => { run.Token(Error); run.Pop(2); });
            s.Rule(@"\]", StrEscape, "#pop");
            s.Rule(@"\\.", StrEscape);
            s.Rule(".", StrRegex);
        });
        states.State("root", s =>
        {
            if (typescript)
            {
                s.Rule("[?][.]", Punctuation);
                s.Rule("[?]{2}", Operator);
            }
            s.Rule(@"(?s)\A\s*#!.*?\n", CommentPreproc, "statement");
            s.Rule(@"(?<=\n)(?=\s|/|<!--)", Text, "expr_start");
            s.Mixin("comments_and_whitespace");
            s.Rule(@"\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==", Operator, "expr_start");
            s.Rule(@"[-<>+*%&|\^/!=]=?", Operator, "expr_start");
            s.Rule(@"[(\[,]", Punctuation, "expr_start");
            s.Rule(";", Punctuation, "statement");
            s.Rule(@"[)\].]", Punctuation);
            s.Rule("`", StrDouble, "template_string");
            s.Rule("[?][.]", Punctuation);
            s.Rule("[?]", run => { run.Token(Punctuation); run.Push("ternary"); run.Push("expr_start"); });
            s.Rule(@"(\@)(\w+)?", [Punctuation, NameDecorator], "expr_start");
            s.Rule("[{}]", Punctuation, "statement");
            s.Rule($"(?i){Id}", run =>
            {
                var word = run[0];
                if (_keywords.Contains(word)) { run.Token(Keyword); run.Push("expr_start"); }
                else if (_declarations.Contains(word)) { run.Token(KeywordDeclaration); run.Push("expr_start"); }
                else if (_reserved.Contains(word)) run.Token(KeywordReserved);
                else if (_constants.Contains(word)) run.Token(KeywordConstant);
                else if (_builtins.Contains(word)) run.Token(NameBuiltin);
                else run.Token(NameOther);
            });
            s.Rule(@"[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?", NumFloat);
            s.Rule("(?i)0x[0-9a-fA-F]+", NumHex);
            s.Rule("(?i)0o[0-7][0-7_]*", NumOct);
            s.Rule("(?i)0b[01][01_]*", NumBin);
            s.Rule("[0-9]+", NumInteger);
            s.Rule("\"", StrDelimiter, "dq");
            s.Rule("'", StrDelimiter, "sq");
            s.Rule(":", Punctuation);
        });
        states.State("dq", s =>
        {
            s.Rule(@"\\[\\nrt""]?", StrEscape);
            s.Rule(@"[^\\""]+", StrDouble);
            s.Rule("\"", StrDelimiter, "#pop");
        });
        states.State("sq", s =>
        {
            s.Rule(@"\\[\\nrt']?", StrEscape);
            s.Rule(@"[^\\']+", StrSingle);
            s.Rule("'", StrDelimiter, "#pop");
        });
        states.State("statement", s =>
        {
            if (typescript) s.Rule($@"({Id})(\??)(\s*)(:)", [NameLabel, Punctuation, Text, Punctuation], "expr_start");
            s.Rule(@"case\b", run => { run.Token(Keyword); run.Goto("expr_start"); });
            s.Rule($@"({Id})(\s*)(:)", [NameLabel, Text, Punctuation]);
            s.Mixin("expr_start");
        });
        states.State("object", s =>
        {
            s.Mixin("comments_and_whitespace");
            s.Rule("[{]", Punctuation, "#push");
            s.Rule("[}]", run => { run.Token(Punctuation); run.Goto("statement"); });
            s.Rule($@"({Id})(\s*)(:)", [NameAttribute, Text, Punctuation], "expr_start");
            s.Rule(":", Punctuation);
            s.Mixin("root");
        });
        states.State("ternary", s =>
        {
            s.Rule(":", run => { run.Token(Punctuation); run.Goto("expr_start"); });
            s.Mixin("root");
        });
        states.State("template_string", s =>
        {
            s.Rule("[$]{", Punctuation, "template_string_expr");
            s.Rule("`", StrDouble, "#pop");
            s.Rule(@"\\[$`]", StrEscape);
            s.Rule(@"[^$`\\]+", StrDouble);
            s.Rule(@"[\\$]", StrDouble);
        });
        states.State("template_string_expr", s =>
        {
            s.Rule("}", Punctuation, "#pop");
            s.Mixin("root");
        });
    }

    private void DefineJsx(StateSet states)
    {
        states.State("tag", s => s.Rule("<", run =>
        {
            run.Token(Punctuation);
            run.Push("tag_opening");
            run.Push("element");
            run.Push("element_name");
        }));
        states.State("tag_opening", s =>
        {
            s.Rule("</", run => { run.Token(Punctuation); run.Goto("element"); run.Push("element_name"); });
            s.Mixin("tag");
            s.Rule("{", run => { run.Token(StrInterpol); run.Push("interpol"); run.Push("expr_start"); });
            s.Rule("[^<{]+", run => run.Delegate("html"));
        });
        states.State("element", s =>
        {
            s.Mixin("comments_and_whitespace");
            s.Rule("/>", run => { run.Token(Punctuation); run.Pop(2); });
            s.Rule(">", Punctuation, "#pop");
            s.Rule("{", run => { run.Token(StrInterpol); run.Push("interpol"); run.Push("expr_start"); });
            s.Rule(@"\w[\w-]*", NameAttribute);
            s.Rule("=", Punctuation);
            s.Rule(@"([""']).*?(\1)", Str);
        });
        states.State("element_name", s =>
        {
            if (typescript) s.Rule(@"(\w+)(,)", run => { run.Groups(NameOther, Punctuation); run.Pop(3); });
            s.Rule(@"[A-Z]\w*", NameClass);
            s.Rule(@"\w+", NameTag);
            s.Rule(@"\.", Punctuation);
            s.Rule("", run => run.Pop());
        });
        states.State("interpol", s =>
        {
            s.Rule("}", StrInterpol, "#pop");
            s.Rule("{", run => { run.Token(Punctuation); run.Push("interpol_inner"); run.Push("statement"); });
            s.Mixin("root");
        });
        states.State("interpol_inner", s =>
        {
            s.Rule("}", run => { run.Token(Punctuation); run.Goto("statement"); });
            s.Mixin("root");
        });
    }
}
