using System.Collections.Frozen;
using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Lua, ported from Rouge 3.30's lexers/lua.rb and lua/keywords.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class LuaLexer : RegexLexer
{
    /// <summary>The functions of all of Rouge's Lua modules (its default: none disabled).</summary>
    private static readonly FrozenSet<string> Builtins = WordSet.Of(
        "_g _version assert collectgarbage dofile error getmetatable ipairs load loadfile next pairs pcall print " +
        "rawequal rawget rawlen rawset select setmetatable tonumber tostring type xpcall file:close file:flush " +
        "file:lines file:read file:seek file:setvbuf file:write lua_cpath lua_cpath_5_3 lua_init lua_init_5_3 lua_path " +
        "lua_path_5_3 luaopen_base luaopen_coroutine luaopen_debug luaopen_io luaopen_math luaopen_os luaopen_package " +
        "luaopen_string luaopen_table luaopen_utf8 lua_errerr lua_errfile lua_errgcmm lua_errmem lua_errrun " +
        "lua_errsyntax lua_hookcall lua_hookcount lua_hookline lua_hookret lua_hooktailcall lua_maskcall lua_maskcount " +
        "lua_maskline lua_maskret lua_maxinteger lua_mininteger lua_minstack lua_multret lua_noref lua_ok lua_opadd " +
        "lua_opband lua_opbnot lua_opbor lua_opbxor lua_opdiv lua_opeq lua_opidiv lua_ople lua_oplt lua_opmod lua_opmul " +
        "lua_oppow lua_opshl lua_opshr lua_opsub lua_opunm lua_refnil lua_registryindex lua_ridx_globals " +
        "lua_ridx_mainthread lua_tboolean lua_tfunction lua_tlightuserdata lua_tnil lua_tnone lua_tnumber lua_tstring " +
        "lua_ttable lua_tthread lua_tuserdata lua_use_apicheck lua_yield lual_buffersize require package.config " +
        "package.cpath package.loaded package.loadlib package.path package.preload package.searchers package.searchpath " +
        "coroutine.create coroutine.isyieldable coroutine.resume coroutine.running coroutine.status coroutine.wrap " +
        "coroutine.yield debug.debug debug.gethook debug.getinfo debug.getlocal debug.getmetatable debug.getregistry " +
        "debug.getupvalue debug.getuservalue debug.sethook debug.setlocal debug.setmetatable debug.setupvalue " +
        "debug.setuservalue debug.traceback debug.upvalueid debug.upvaluejoin io.close io.flush io.input io.lines " +
        "io.open io.output io.popen io.read io.stderr io.stdin io.stdout io.tmpfile io.type io.write math.abs math.acos " +
        "math.asin math.atan math.ceil math.cos math.deg math.exp math.floor math.fmod math.huge math.log math.max " +
        "math.maxinteger math.min math.mininteger math.modf math.pi math.rad math.random math.randomseed math.sin " +
        "math.sqrt math.tan math.tointeger math.type math.ult os.clock os.date os.difftime os.execute os.exit os.getenv " +
        "os.remove os.rename os.setlocale os.time os.tmpname string.byte string.char string.dump string.find " +
        "string.format string.gmatch string.gsub string.len string.lower string.match string.pack string.packsize " +
        "string.rep string.reverse string.sub string.unpack string.upper table.concat table.insert table.move " +
        "table.pack table.remove table.sort table.unpack utf8.char utf8.charpattern utf8.codepoint utf8.codes utf8.len " +
        "utf8.offset ");

    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule("#!(.*?)$", CommentPreproc);
            s.Rule("", Text, "base");
        });
        states.State("base", s =>
        {
            s.Rule(@"(?s)--\[(=*)\[.*?\]\1\]", CommentMultiline);
            s.Rule("--.*$", CommentSingle);
            // Rouge's float rule ends with a quote, so only a float followed by ' is one.
            s.Rule(@"(?i)(\d*\.\d+|\d+\.\d*)(e[+-]?\d+)?'", NumFloat);
            s.Rule(@"(?i)\d+e[+-]?\d+", NumFloat);
            s.Rule("(?i)0x[0-9a-f]*", NumHex);
            s.Rule(@"\d+", NumInteger);
            s.Rule(@"\n", Text);
            s.Rule(@"[^\S\n]", Text);
            s.Rule(@"(?s)\[(=*)\[.*?\]\1\]", Str);
            s.Rule(@"(==|~=|<=|>=|\.\.\.|\.\.|[=+\-*/%^<>#])", Operator);
            s.Rule(@"[\[\]\{\}\(\)\.,:;]", Punctuation);
            s.Rule(@"(and|or|not)\b", OperatorWord);
            s.Rule(@"(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)\b", Keyword);
            s.Rule(@"(local)\b", KeywordDeclaration);
            s.Rule(@"(true|false|nil)\b", KeywordConstant);
            s.Rule(@"(function)\b", Keyword, "function_name");
            s.Rule(@"[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)?", run =>
            {
                var name = run[0];
                if (name == "gsub")
                {
                    run.Token(NameBuiltin);
                    run.Push("gsub");
                }
                else if (Builtins.Contains(name)) run.Token(NameBuiltin);
                else if (name.IndexOf('.') is var dot and >= 0)
                {
                    run.Token(Name, name[..dot]);
                    run.Token(Punctuation, ".");
                    run.Token(Name, name[(dot + 1)..]);
                }
                else run.Token(Name);
            });
            s.Rule("'", StrSingle, "escape_sqs");
            s.Rule("\"", StrDouble, "escape_dqs");
        });
        states.State("function_name", s =>
        {
            s.Rule(@"\s+", Text);
            s.Rule(@"(?:([A-Za-z_][A-Za-z0-9_]*)(\.))?([A-Za-z_][A-Za-z0-9_]*)", [NameClass, Punctuation, NameFunction], "#pop");
            s.Rule(@"\(", Punctuation, "#pop");
        });
        states.State("gsub", s =>
        {
            s.Rule(@"\)", Punctuation, "#pop");
            s.Rule("[(,]", Punctuation);
            s.Rule(@"\s+", Text);
            s.Rule("\"", StrRegex, "regex");
        });
        states.State("regex", s =>
        {
            s.Rule("\"", run => { run.Token(StrRegex); run.Goto("regex_end"); });
            s.Rule(@"\[\^?", StrEscape, "regex_group");
            s.Rule(@"\\.", StrEscape);
            s.Rule("[(][?][:=<!]", StrEscape);
            s.Rule(@"[{][\d,]+[}]", StrEscape);
            s.Rule("[()?]", StrEscape);
            s.Rule(".", StrRegex);
        });
        states.State("regex_end", s =>
        {
            s.Rule("[$]+", StrRegex, "#pop");
            s.Rule("", run => run.Pop());
        });
        states.State("regex_group", s =>
        {
            s.Rule("/", StrEscape);
            s.Rule(@"\]", StrEscape, "#pop");
            s.Rule(@"(\\)(.)", [StrEscape, StrRegex]);
            s.Rule(".", StrRegex);
        });
        states.State("escape_sqs", s =>
        {
            s.Mixin("string_escape");
            s.Mixin("sqs");
        });
        states.State("escape_dqs", s =>
        {
            s.Mixin("string_escape");
            s.Mixin("dqs");
        });
        states.State("string_escape", s => s.Rule(@"\\([abfnrtv\\""']|\d{1,3})", StrEscape));
        states.State("sqs", s =>
        {
            s.Rule("'", StrSingle, "#pop");
            s.Rule("[^']+", StrSingle);
        });
        states.State("dqs", s =>
        {
            s.Rule("\"", StrDouble, "#pop");
            s.Rule("[^\"]+", StrDouble);
        });
    }
}
