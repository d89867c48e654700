using Fluid;
using Blog.Site.Content.Permalinks;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary><c>{{ "Hello World" | slugify: "pretty" }}</c></summary>
internal static class SlugifyFilter
{
    public static void Register(FilterCollection filters) =>
        filters.AddFilter("slugify", (input, arguments, _) => input.IsNil()
            ? new ValueTask<FluidValue>(NilValue.Instance)
            : new ValueTask<FluidValue>(StringValue.Create(Slugifier.Slugify(input.ToStringValue(),
                Slugifier.ParseMode(arguments.Count > 0 && !arguments.At(0).IsNil() ? arguments.At(0).ToStringValue() : null)))));
}
