using Blog.Site.Rendering.Highlighting.Engine;
using static Blog.Site.Rendering.Highlighting.Engine.Tokens;

namespace Blog.Site.Rendering.Highlighting.Lexers;

/// <summary>Go, ported from Rouge 3.30's lexers/go.rb (MIT, see THIRD-PARTY-NOTICES.md), built from the spec's productions as Rouge's is.</summary>
internal sealed class GoLexer : RegexLexer
{
    private const string UnicodeChar = @"[^\n]";
    private const string Letter = @"(?:[\p{L}\p{Nl}]|_)";
    private const string UnicodeDigit = @"\p{Nd}";
    private const string HexDigit = "[0-9A-Fa-f]";
    private const string LineComment = @"//(?:(?!\n).)*";
    private const string GeneralComment = @"(?s:/\*(?:(?!\*/).)*\*/)";
    private const string Keyword = @"\b(?:break|default|func|interface|select|case|defer|go|map|struct|chan|else|goto|package|switch|const|fallthrough|if|range|type|continue|for|import|return|var)\b";
    private const string Identifier = $"(?!{Keyword}){Letter}(?:{Letter}|{UnicodeDigit})*";
    private const string Operator =
        @"\+=|\+\+|\+|&\^=|&\^|&=|&&|&|==|=|!=|!|-=|--|-|\|=|\|\||\||<=|<-|<<=|<<|<|\*=|\*|\^=|\^|>>=|>>|>=|>|/|/=|:=|%|%=|\.\.\.|\.|:";
    private const string Separator = @"\(|\)|\[|\]|\{|\}|,|;";
    private const string IntLiteral = $"0[xX]{HexDigit}+|[0-9][0-9]*|0[0-7]*";
    private const string Decimals = "[0-9]+";
    private const string Exponent = $"[eE][+-]?{Decimals}";
    private const string FloatLiteral = $@"{Decimals}\.(?:{Decimals})?(?:{Exponent})?|{Decimals}{Exponent}|\.{Decimals}(?:{Exponent})?";
    private const string ImaginaryLiteral = $"(?:{Decimals}|{FloatLiteral})i";
    private const string EscapedChar = @"\\[abfnrtv\\'""]";
    private const string LittleU = $@"\\u{HexDigit}{{4}}";
    private const string BigU = $@"\\U{HexDigit}{{8}}";
    private const string UnicodeValue = $"{UnicodeChar}|{LittleU}|{BigU}|{EscapedChar}";
    private const string HexByte = $@"\\x{HexDigit}{{2}}";
    private const string ByteValue = $@"\\[0-7]{{3}}|{HexByte}";
    private const string CharLiteral = $"'(?:{UnicodeValue}|{ByteValue})'";
    private const string EscapeSequence = $"{EscapedChar}|{LittleU}|{BigU}|{HexByte}";
    private const string PredeclaredTypes = @"\b(?:bool|byte|complex64|complex128|error|float32|float64|int8|int16|int32|int64|int|rune|string|uint8|uint16|uint32|uint64|uintptr|uint)\b";
    private const string PredeclaredConstants = @"\b(?:true|false|iota|nil)\b";
    private const string PredeclaredFunctions = @"\b(?:append|cap|close|complex|copy|delete|imag|len|make|new|panic|print|println|real|recover)\b";

    protected override void Define(StateSet states)
    {
        states.State("simple_tokens", s =>
        {
            s.Rule($"{LineComment}|{GeneralComment}", Comment);
            s.Rule(Keyword, Tokens.Keyword);
            s.Rule(PredeclaredTypes, KeywordType);
            s.Rule(PredeclaredFunctions, NameBuiltin);
            s.Rule(PredeclaredConstants, NameConstant);
            s.Rule(ImaginaryLiteral, Num);
            s.Rule(FloatLiteral, Num);
            s.Rule(IntLiteral, Num);
            s.Rule(CharLiteral, StrChar);
            s.Rule(Operator, Tokens.Operator);
            s.Rule(Separator, Punctuation);
            s.Rule(Identifier, Name);
            s.Rule(@"\s+", Text);
        });
        states.State("root", s =>
        {
            s.Mixin("simple_tokens");
            s.Rule("`", Str, "raw_string");
            s.Rule("\"", Str, "interpreted_string");
        });
        states.State("interpreted_string", s =>
        {
            s.Rule(EscapeSequence, StrEscape);
            s.Rule(@"\\.", Error);
            s.Rule("\"", Str, "#pop");
            s.Rule(@"[^""\\]+", Str);
        });
        states.State("raw_string", s =>
        {
            s.Rule("`", Str, "#pop");
            s.Rule("[^`]+", Str);
        });
    }
}
