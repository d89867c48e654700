using Fluid;
using Fluid.Ast;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Tags;

/// <summary>
/// Liquid's <c>for</c> as Jekyll's Liquid runs it, where Fluid's differs: <c>forloop</c> counts the items the loop
/// runs over, after its offset (Fluid counts from the start of the collection: with <c>offset: 1</c>, <c>forloop.first</c>
/// was never true and <c>forloop.index</c> started at 2), <c>reversed</c> counts only right after the collection, and a
/// loop over a range may have an <c>else</c>, and a nil limit is none (<see cref="NilIsNone"/>). The offset is
/// applied to the collection (<see cref="Skipped"/>) before Fluid's loop sees it; <c>offset: continue</c> is left to Fluid.
/// </summary>
internal static class ForTag
{
    public static Statement Create(string identifier, Expression source, IReadOnlyList<(string Name, Expression? Value)> modifiers,
        IReadOnlyList<Statement> statements, IReadOnlyList<Statement>? otherwise)
    {
        // As Liquid reads them: a modifier named again replaces the one before, and `reversed` counts only right after the
        // collection (Liquid's syntax; elsewhere it is ignored).
        Expression? limit = null, offset = null;
        var reversed = modifiers is [("reversed", _), ..];
        foreach (var (name, value) in modifiers)
        {
            if (name == "limit") limit = value;
            else if (name == "offset") offset = value;
        }
        var elseStatement = otherwise is null ? null : new ElseStatement(otherwise);
        if (offset is MemberExpression { Segments: [IdentifierSegment { Identifier: "continue" }] })
            // Fluid keeps where a loop stopped by the collection's name, which a range has not: it starts at its beginning.
            return new ForStatement(statements, identifier, source, limit, source is RangeExpression ? null : offset, reversed, elseStatement);
        var items = offset is null ? source : new Skipped(source, offset);
        return new ForStatement(statements, identifier, items, limit is null ? null : new NilIsNone(limit), null, reversed, elseStatement);
    }

    /// <summary>
    /// A loop's limit as Liquid takes it: nil is none (an include's <c>limit: include.limit</c> when the include was given
    /// none), where Fluid's loop would take it for 0 and run nothing.
    /// </summary>
    private sealed class NilIsNone(Expression limit) : Expression
    {
        /// <summary>More items than any collection has, and far enough from <see cref="int.MaxValue"/> that an offset added to it cannot overflow.</summary>
        private static readonly FluidValue None = NumberValue.Create(int.MaxValue / 2);

        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context) =>
            await limit.EvaluateAsync(context) is var value && value.IsNil() ? None : value;
    }

    /// <summary>A loop's collection without its first items (its offset): what the loop and its <c>forloop</c> count.</summary>
    private sealed class Skipped(Expression source, Expression offset) : Expression
    {
        public override async ValueTask<FluidValue> EvaluateAsync(TemplateContext context)
        {
            var items = await source.EvaluateAsync(context);
            // Liquid loops once over a text, whatever the offset.
            if (items is StringValue) return items;
            var skip = Math.Max(0, (int)(await offset.EvaluateAsync(context)).ToNumberValue());
            return new ArrayValue(items.Enumerate(context).Skip(skip).ToArray());
        }
    }
}
