using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Protocol Buffers, ported from Rouge 3.30's lexers/protobuf.rb (MIT, see THIRD-PARTY-NOTICES.md).</summary>
internal sealed class ProtobufLexer : RegexLexer
{
    protected override void Define(StateSet states)
    {
        states.State("root", s =>
        {
            s.Rule(@"[\s]+", Text);
            s.Rule(@"[,;{}\[\]()]", Punctuation);
            s.Rule(@"\/(\\\n)?\/($|(.|\n)*?[^\\]$)", CommentSingle);
            s.Rule(@"\/(\\\n)?\*(.|\n)*?\*(\\\n)?\/", CommentMultiline);
            s.Rule(@"\b(ctype|default|extensions|import|max|oneof|option|optional|packed|repeated|required|returns|rpc|to)\b", Keyword);
            s.Rule(@"\b(bool|bytes|double|fixed32|fixed64|float|int32|int64|sfixed32|sfixed64|sint32|sint64|string|uint32|uint64)\b", KeywordType);
            s.Rule("true|false", KeywordConstant);
            s.Rule(@"(package)(\s+)", [KeywordNamespace, Text], "package");
            s.Rule(@"(message|extend)(\s+)", [KeywordDeclaration, Text], "message");
            s.Rule(@"(enum|group|service)(\s+)", [KeywordDeclaration, Text], "type");
            s.Rule("\".*?\"", Str);
            s.Rule("'.*?'", Str);
            s.Rule(@"(\d+\.\d*|\.\d+|\d+)[eE][+-]?\d+[LlUu]*", NumFloat);
            s.Rule(@"(\d+\.\d*|\.\d+|\d+[fF])[fF]?", NumFloat);
            s.Rule(@"(\-?(inf|nan))\b", NumFloat);
            s.Rule("0x[0-9a-fA-F]+[LlUu]*", NumHex);
            s.Rule("0[0-7]+[LlUu]*", NumOct);
            s.Rule(@"\d+[LlUu]*", NumInteger);
            s.Rule("[+-=]", Operator);
            s.Rule(@"([a-zA-Z_][\w.]*)([ \t]*)(=)", [NameAttribute, Text, Operator]);
            s.Rule(@"[a-zA-Z_][\w.]*", Name);
        });
        foreach (var (state, token) in new[] { ("package", NameNamespace), ("message", NameClass), ("type", Name) })
        {
            states.State(state, s =>
            {
                s.Rule(@"[a-zA-Z_]\w*", token, "#pop");
                s.Rule("", run => run.Pop());
            });
        }
    }
}
