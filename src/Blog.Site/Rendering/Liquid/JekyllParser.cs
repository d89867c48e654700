using Blog.Site.Rendering.Liquid.Tags;
using Fluid;
using Fluid.Ast;
using Fluid.Values;
using Parlot;
using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace Blog.Site.Rendering.Liquid;

/// <summary>
/// Fluid's Liquid grammar with Jekyll's tags: <c>include</c> (replacing Liquid's), <c>include_relative</c>, <c>highlight</c>, <c>link</c> and
/// <c>post_url</c>, jekyll-gist's <c>gist</c> (an error unless the site lists the plugin), Liquid 5's <c>{% liquid %}</c> tag (one tag per line, no delimiters), and
/// Liquid's <c>for</c> where Fluid's differs (<see cref="ForTag"/>). Holds no build state: tags
/// find the build's services in the render context.
/// </summary>
internal sealed class JekyllParser : FluidParser
{
    public JekyllParser() : base(new FluidParserOptions { AllowLiquidTag = true })
    {
        // Liquid's strings have no escapes ('C:\new' is those seven characters, and replace: "\n" looks for a backslash and
        // an n): Fluid's would read \n as a line break. Tried before Fluid's own, so every string in an expression is Liquid's.
        var quoted = OneOf(
                Terms.Char('\'').SkipAnd(AnyCharBefore(Literals.Char('\''), canBeEmpty: true, failOnEof: true)).AndSkip(Literals.Char('\'')),
                Terms.Char('"').SkipAnd(AnyCharBefore(Literals.Char('"'), canBeEmpty: true, failOnEof: true)).AndSkip(Literals.Char('"')))
            .Then<Expression>(text => new LiteralExpression(StringValue.Create(text.ToString())));
        // Fluid's constructor has set its primary parser; Parlot's property is only declared nullable.
        Primary.Parser = OneOf(quoted, Primary.Parser ?? throw new InvalidOperationException("Fluid's primary parser is not set"));

        var markup = AnyCharBefore(TagEnd, canBeEmpty: true);
        RegisterParserTag("include", markup.Then((context, text) => Read(context, () => IncludeTag.Parse(text.ToString(), this))),
            IncludeTag.RenderAsync);
        RegisterParserTag("include_relative",
            markup.Then((context, text) => Read(context, () => IncludeTag.Parse(text.ToString(), this) with { Relative = true })),
            IncludeTag.RenderAsync);
        RegisterParserTag("gist", markup.Then((context, text) => Read(context, () => GistTag.Parse(text.ToString()))), GistTag.RenderAsync);
        RegisterParserBlock("highlight", markup.Then((context, text) => Read(context, () => HighlightTag.Parse(text.ToString()))),
            HighlightTag.RenderAsync);
        RegisterParserTag("link", markup.Then((context, text) => Read(context, () => LinkTag.Parse(LinkKind.Link, text.ToString(), this))),
            LinkTag.RenderAsync);
        RegisterParserTag("post_url", markup.Then((context, text) => Read(context, () => LinkTag.Parse(LinkKind.PostUrl, text.ToString(), this))),
            LinkTag.RenderAsync);

        var modifier = OneOf(
            Terms.Text("reversed").Then<(string, Expression?)>(_ => ("reversed", null)),
            Terms.Text("limit").SkipAnd(Terms.Char(':')).SkipAnd(Primary).Then<(string, Expression?)>(value => ("limit", value)),
            Terms.Text("offset").SkipAnd(Terms.Char(':')).SkipAnd(Primary).Then<(string, Expression?)>(value => ("offset", value)));
        RegisteredTags["for"] = Identifier.AndSkip(Terms.Text("in")).And(Primary).And(ZeroOrMany(modifier))
            .AndSkip(TagEnd).And(AnyTagsList)
            .And(ZeroOrOne(CreateTag("else").SkipAnd(AnyTagsList)))
            .AndSkip(CreateTag("endfor").ElseError("'{% endfor %}' was expected"))
            .Then(x => ForTag.Create(x.Item1, x.Item2, x.Item3, x.Item4, x.Item5))
            .ElseError("Invalid 'for' tag");
    }

    /// <summary>Turns a tag's invalid markup into a parse error at the tag, like Liquid's own syntax errors.</summary>
    private static T Read<T>(ParseContext context, Func<T> parse)
    {
        try
        {
            return parse();
        }
        catch (FormatException e)
        {
            throw new Parlot.ParseException(e.Message, context.Scanner.Cursor.Position);
        }
    }
}
