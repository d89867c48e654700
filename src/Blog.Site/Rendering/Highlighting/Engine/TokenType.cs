namespace Blog.Site.Rendering.Highlighting.Engine;

/// <summary>
/// One of Rouge's token types (lib/rouge/token.rb), known by the short CSS class Rouge's HTML formatter writes.
/// <see cref="Tokens.Text"/> has no class: Rouge writes it without a span.
/// </summary>
internal sealed class TokenType(string qualifiedName, string shortName)
{
    public string QualifiedName { get; } = qualifiedName;
    public string ShortName { get; } = shortName;
    public override string ToString() => QualifiedName;
}

/// <summary>Rouge's token taxonomy (token.rb), with the same short names, so Rouge stylesheets colour our spans.</summary>
internal static class Tokens
{
    public static readonly TokenType Text = new("Text", "");
    public static readonly TokenType Whitespace = new("Text.Whitespace", "w");
    public static readonly TokenType Escape = new("Escape", "esc");
    public static readonly TokenType Error = new("Error", "err");
    public static readonly TokenType Other = new("Other", "x");

    public static readonly TokenType Keyword = new("Keyword", "k");
    public static readonly TokenType KeywordConstant = new("Keyword.Constant", "kc");
    public static readonly TokenType KeywordDeclaration = new("Keyword.Declaration", "kd");
    public static readonly TokenType KeywordNamespace = new("Keyword.Namespace", "kn");
    public static readonly TokenType KeywordPseudo = new("Keyword.Pseudo", "kp");
    public static readonly TokenType KeywordReserved = new("Keyword.Reserved", "kr");
    public static readonly TokenType KeywordType = new("Keyword.Type", "kt");
    public static readonly TokenType KeywordVariable = new("Keyword.Variable", "kv");

    public static readonly TokenType Name = new("Name", "n");
    public static readonly TokenType NameAttribute = new("Name.Attribute", "na");
    public static readonly TokenType NameBuiltin = new("Name.Builtin", "nb");
    public static readonly TokenType NameBuiltinPseudo = new("Name.Builtin.Pseudo", "bp");
    public static readonly TokenType NameClass = new("Name.Class", "nc");
    public static readonly TokenType NameConstant = new("Name.Constant", "no");
    public static readonly TokenType NameDecorator = new("Name.Decorator", "nd");
    public static readonly TokenType NameEntity = new("Name.Entity", "ni");
    public static readonly TokenType NameException = new("Name.Exception", "ne");
    public static readonly TokenType NameFunction = new("Name.Function", "nf");
    public static readonly TokenType NameFunctionMagic = new("Name.Function.Magic", "fm");
    public static readonly TokenType NameProperty = new("Name.Property", "py");
    public static readonly TokenType NameLabel = new("Name.Label", "nl");
    public static readonly TokenType NameNamespace = new("Name.Namespace", "nn");
    public static readonly TokenType NameOther = new("Name.Other", "nx");
    public static readonly TokenType NameTag = new("Name.Tag", "nt");
    public static readonly TokenType NameVariable = new("Name.Variable", "nv");
    public static readonly TokenType NameVariableClass = new("Name.Variable.Class", "vc");
    public static readonly TokenType NameVariableGlobal = new("Name.Variable.Global", "vg");
    public static readonly TokenType NameVariableInstance = new("Name.Variable.Instance", "vi");
    public static readonly TokenType NameVariableMagic = new("Name.Variable.Magic", "vm");

    public static readonly TokenType Literal = new("Literal", "l");
    public static readonly TokenType LiteralDate = new("Literal.Date", "ld");

    public static readonly TokenType Str = new("Literal.String", "s");
    public static readonly TokenType StrAffix = new("Literal.String.Affix", "sa");
    public static readonly TokenType StrBacktick = new("Literal.String.Backtick", "sb");
    public static readonly TokenType StrChar = new("Literal.String.Char", "sc");
    public static readonly TokenType StrDelimiter = new("Literal.String.Delimiter", "dl");
    public static readonly TokenType StrDoc = new("Literal.String.Doc", "sd");
    public static readonly TokenType StrDouble = new("Literal.String.Double", "s2");
    public static readonly TokenType StrEscape = new("Literal.String.Escape", "se");
    public static readonly TokenType StrHeredoc = new("Literal.String.Heredoc", "sh");
    public static readonly TokenType StrInterpol = new("Literal.String.Interpol", "si");
    public static readonly TokenType StrOther = new("Literal.String.Other", "sx");
    public static readonly TokenType StrRegex = new("Literal.String.Regex", "sr");
    public static readonly TokenType StrSingle = new("Literal.String.Single", "s1");
    public static readonly TokenType StrSymbol = new("Literal.String.Symbol", "ss");

    public static readonly TokenType Num = new("Literal.Number", "m");
    public static readonly TokenType NumBin = new("Literal.Number.Bin", "mb");
    public static readonly TokenType NumFloat = new("Literal.Number.Float", "mf");
    public static readonly TokenType NumHex = new("Literal.Number.Hex", "mh");
    public static readonly TokenType NumInteger = new("Literal.Number.Integer", "mi");
    public static readonly TokenType NumIntegerLong = new("Literal.Number.Integer.Long", "il");
    public static readonly TokenType NumOct = new("Literal.Number.Oct", "mo");
    public static readonly TokenType NumOther = new("Literal.Number.Other", "mx");

    public static readonly TokenType Operator = new("Operator", "o");
    public static readonly TokenType OperatorWord = new("Operator.Word", "ow");
    public static readonly TokenType Punctuation = new("Punctuation", "p");
    public static readonly TokenType PunctuationIndicator = new("Punctuation.Indicator", "pi");

    public static readonly TokenType Comment = new("Comment", "c");
    public static readonly TokenType CommentHashbang = new("Comment.Hashbang", "ch");
    public static readonly TokenType CommentDoc = new("Comment.Doc", "cd");
    public static readonly TokenType CommentMultiline = new("Comment.Multiline", "cm");
    public static readonly TokenType CommentPreproc = new("Comment.Preproc", "cp");
    public static readonly TokenType CommentPreprocFile = new("Comment.PreprocFile", "cpf");
    public static readonly TokenType CommentSingle = new("Comment.Single", "c1");
    public static readonly TokenType CommentSpecial = new("Comment.Special", "cs");

    public static readonly TokenType Generic = new("Generic", "g");
    public static readonly TokenType GenericDeleted = new("Generic.Deleted", "gd");
    public static readonly TokenType GenericEmph = new("Generic.Emph", "ge");
    public static readonly TokenType GenericError = new("Generic.Error", "gr");
    public static readonly TokenType GenericHeading = new("Generic.Heading", "gh");
    public static readonly TokenType GenericInserted = new("Generic.Inserted", "gi");
    public static readonly TokenType GenericOutput = new("Generic.Output", "go");
    public static readonly TokenType GenericPrompt = new("Generic.Prompt", "gp");
    public static readonly TokenType GenericStrong = new("Generic.Strong", "gs");
    public static readonly TokenType GenericSubheading = new("Generic.Subheading", "gu");
    public static readonly TokenType GenericTraceback = new("Generic.Traceback", "gt");
    public static readonly TokenType GenericLineno = new("Generic.Lineno", "gl");
}
