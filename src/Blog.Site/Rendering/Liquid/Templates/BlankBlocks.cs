using Fluid;
using Fluid.Ast;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>
/// Liquid's blank blocks: an <c>if</c>, <c>unless</c>, <c>case</c> or <c>for</c> whose every branch holds only whitespace and
/// tags that write nothing (<c>assign</c>, <c>capture</c>, <c>comment</c>, an empty <c>raw</c>, or such blocks) writes nothing
/// at all, its whitespace included, as Liquid 5 removes it when it parses them (its <c>remove_blank_strings</c>: "we assume
/// the intention wasn't to output the blank spaces"). Fluid writes the whitespace, so a loop that only assigns wrote a blank
/// line for every item. The parsed template's blank blocks lose their whitespace text here.
/// </summary>
internal sealed class BlankBlocks : AstRewriter
{
    public static IFluidTemplate Rewrite(IFluidTemplate template) => new BlankBlocks().VisitTemplate(template);

    protected override Statement VisitIfStatement(IfStatement ifStatement)
    {
        var visited = (IfStatement)base.VisitIfStatement(ifStatement);
        if (!IsBlank(visited)) return visited;
        return new IfStatement(visited.Condition, WithoutText(visited.Statements), Else(visited.Else),
            visited.ElseIfs.Select(e => new ElseIfStatement(e.Condition, WithoutText(e.Statements))).ToList());
    }

    protected override Statement VisitUnlessStatement(UnlessStatement unlessStatement)
    {
        var visited = (UnlessStatement)base.VisitUnlessStatement(unlessStatement);
        return IsBlank(visited) ? new UnlessStatement(visited.Condition, WithoutText(visited.Statements), Else(visited.Else)) : visited;
    }

    protected override Statement VisitCaseStatement(CaseStatement caseStatement)
    {
        var visited = (CaseStatement)base.VisitCaseStatement(caseStatement);
        if (!IsBlank(visited)) return visited;
        return new CaseStatement(visited.Expression, Else(visited.Else), visited.Whens.Select(w => new WhenStatement(w.Options, WithoutText(w.Statements))).ToArray());
    }

    protected override Statement VisitForStatement(ForStatement forStatement)
    {
        var visited = (ForStatement)base.VisitForStatement(forStatement);
        if (!IsBlank(visited)) return visited;
        return new ForStatement(WithoutText(visited.Statements), visited.Identifier, visited.Source, visited.Limit, visited.Offset, visited.Reversed, Else(visited.Else));
    }

    /// <summary>Liquid's <c>blank?</c>: a statement that writes nothing, whatever it does.</summary>
    private static bool IsBlank(Statement statement) => statement switch
    {
        TextSpanStatement text => text.Text.Span.IsWhiteSpace(),
        AssignStatement or CaptureStatement or CommentStatement => true,
        RawStatement raw => raw.Text.Span.IsEmpty,
        IfStatement i => Blank(i.Statements) && i.ElseIfs.All(e => Blank(e.Statements)) && Blank(i.Else),
        UnlessStatement u => Blank(u.Statements) && Blank(u.Else),
        CaseStatement c => c.Whens.All(w => Blank(w.Statements)) && Blank(c.Else),
        ForStatement f => Blank(f.Statements) && Blank(f.Else),
        LiquidStatement liquid => Blank(liquid.Statements),
        _ => false,
    };

    private static bool Blank(IReadOnlyList<Statement> statements) => statements.All(IsBlank);

    private static bool Blank(ElseStatement? otherwise) => otherwise is null || Blank(otherwise.Statements);

    /// <summary>A blank body without its whitespace text (Liquid's <c>remove_blank_strings</c>).</summary>
    private static List<Statement> WithoutText(IReadOnlyList<Statement> statements) => statements.Where(s => s is not TextSpanStatement).ToList();

    private static ElseStatement? Else(ElseStatement? otherwise) => otherwise is null ? null : new ElseStatement(WithoutText(otherwise.Statements));
}
