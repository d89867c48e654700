using Fluid;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>Every filter Jekyll adds to Liquid's standard ones (which Fluid provides), some replacing Liquid's.</summary>
internal static class JekyllFilters
{
    public static void Register(FilterCollection filters)
    {
        StandardFilters.Register(filters);
        DateFilters.Register(filters);
        EscapeFilters.Register(filters);
        UrlFilters.Register(filters);
        SlugifyFilter.Register(filters);
        TextFilters.Register(filters);
        WhereFilters.Register(filters);
        GroupFilters.Register(filters);
        SortFilter.Register(filters);
        ArrayEditFilters.Register(filters);
        JsonFilter.Register(filters);
        InspectFilter.Register(filters);
        SampleFilter.Register(filters);
        RubyInputs.Register(filters);
    }
}
