using Blog.Site.Rendering.Liquid.Tags;
using Fluid;
using Fluid.Ast;
using Fluid.Parser;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>
/// Walks a parsed template for what Fluid would only notice (or silently ignore) while rendering: filters nobody
/// registered, and includes, links and posts named literally that do not exist.
/// </summary>
internal sealed class TemplateChecker(FilterCollection filters) : AstVisitor
{
    private readonly List<string> _unknownFilters = [];
    private readonly List<IncludeTag> _includes = [];
    private readonly List<LinkTag> _links = [];

    public IReadOnlyList<string> UnknownFilters => _unknownFilters;
    public IReadOnlyList<IncludeTag> Includes => _includes;
    public IReadOnlyList<LinkTag> Links => _links;

    protected override Expression VisitFilterExpression(FilterExpression filterExpression)
    {
        if (!filters.TryGetValue(filterExpression.Name, out _) && !_unknownFilters.Contains(filterExpression.Name))
            _unknownFilters.Add(filterExpression.Name);
        return base.VisitFilterExpression(filterExpression);
    }

    protected override Statement VisitParserTagStatement<T>(ParserTagStatement<T> statement)
    {
        switch (statement.Value)
        {
            case IncludeTag { Relative: false } include:
                _includes.Add(include);
                break;
            case LinkTag link:
                _links.Add(link);
                break;
        }
        return base.VisitParserTagStatement(statement);
    }

    /// <summary>Blocks such as <c>highlight</c>: their bodies may use filters and includes too.</summary>
    protected override Statement VisitParserBlockStatement<T>(ParserBlockStatement<T> statement)
    {
        foreach (var inner in statement.Statements) Visit(inner);
        return base.VisitParserBlockStatement(statement);
    }
}
