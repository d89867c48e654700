using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Templates;

/// <summary>
/// <c>.first</c> and <c>.last</c> after a value as Liquid reads them: a hash's own key of that name, else Ruby's method of
/// that name where the value has one. An array has both; a hash has <c>first</c>, its first <c>[key, value]</c> pair
/// (<see cref="Values.LiquidHash"/>), and no <c>last</c>; a string has neither, so both are nil (Fluid gives its first or
/// last character). Themes test <c>{% if link[1].first %}</c> to tell a list from a string, and read
/// <c>site.categories.first[0]</c>. The parsed template's member segments of those names are replaced by
/// <see cref="Segment"/>.
/// </summary>
internal sealed class RubyMembers : AstRewriter
{
    public static IFluidTemplate Rewrite(IFluidTemplate template) => new RubyMembers().VisitTemplate(template);

    protected override Expression VisitMemberExpression(MemberExpression memberExpression)
    {
        var segments = memberExpression.Segments;
        if (!segments.Skip(1).Any(s => s is IdentifierSegment { Identifier: "first" or "last" })) return base.VisitMemberExpression(memberExpression);
        var rewritten = segments.Select((s, i) => i > 0 && s is IdentifierSegment { Identifier: "first" or "last" } named ? new Segment(named) : s).ToArray();
        return base.VisitMemberExpression(new MemberExpression(rewritten));
    }

    /// <summary>A <c>.first</c> or <c>.last</c> after a value: nil after a string, what the value answers to the name otherwise.</summary>
    internal sealed class Segment(IdentifierSegment named) : MemberSegment
    {
        public override ValueTask<FluidValue> ResolveAsync(FluidValue value, TemplateContext context) =>
            value is StringValue ? new ValueTask<FluidValue>(NilValue.Instance) : named.ResolveAsync(value, context);
    }
}
