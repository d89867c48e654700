using System.Globalization;
using Blog.Site.Rendering.Liquid.Values;
using Fluid;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Jekyll's <c>date_to_xmlschema</c>, <c>date_to_rfc822</c>, <c>date_to_string</c> and <c>date_to_long_string</c>
/// (the last two with <c>"ordinal"</c> and <c>"US"</c>), in the site's time zone as Jekyll's local time.
/// </summary>
internal static class DateFilters
{
    public static void Register(FilterCollection filters)
    {
        filters.AddFilter("date_to_xmlschema", (input, _, context) => Format(input, context, XmlSchema));
        filters.AddFilter("date_to_rfc822", (input, _, context) => Format(input, context, Rfc822));
        filters.AddFilter("date_to_string", (input, arguments, context) =>
            Format(input, context, time => Stringify(time, "MMM", Text(arguments, 0), Text(arguments, 1))));
        filters.AddFilter("date_to_long_string", (input, arguments, context) =>
            Format(input, context, time => Stringify(time, "MMMM", Text(arguments, 0), Text(arguments, 1))));
    }

    private static string? Text(FilterArguments arguments, int index) =>
        arguments.Count > index && !arguments.At(index).IsNil() ? arguments.At(index).ToStringValue() : null;

    private static ValueTask<FluidValue> Format(FluidValue input, TemplateContext context, Func<DateTimeOffset, string> format)
    {
        if (input.IsNil() || input.ToStringValue().Length == 0) return new ValueTask<FluidValue>(input);
        var zone = RenderServices.From(context).Settings.TimeZone;
        if (input is TimeValue value) return new ValueTask<FluidValue>(StringValue.Create(format(value.In(zone))));
        if (!Epoch(input).TryGetDateTimeInput(context, out var time))
            throw new InvalidOperationException($"invalid date '{input.ToStringValue()}': not a date or time");
        return new ValueTask<FluidValue>(StringValue.Create(format(TimeZoneInfo.ConvertTime(time, zone))));
    }

    /// <summary>
    /// Text of digits as the number of seconds since 1970 it is to Liquid (<c>Time.at</c>), which Fluid reads only from a
    /// number; anything else as it is.
    /// </summary>
    public static FluidValue Epoch(FluidValue input) =>
        input is StringValue && input.ToStringValue() is { Length: > 0 and < 19 } text && text.All(char.IsAsciiDigit)
            ? NumberValue.Create(long.Parse(text, CultureInfo.InvariantCulture))
            : input;

    public static string XmlSchema(DateTimeOffset time) =>
        time.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + Offset(time, withColon: true);

    public static string Rfc822(DateTimeOffset time) =>
        time.ToString("ddd, dd MMM yyyy HH:mm:ss ", CultureInfo.InvariantCulture) + Offset(time, withColon: false);

    /// <summary>Ruby's <c>%z</c> (<c>+0100</c>) or <c>%:z</c> (<c>+01:00</c>).</summary>
    public static string Offset(DateTimeOffset time, bool withColon)
    {
        var offset = time.Offset;
        var sign = offset < TimeSpan.Zero ? '-' : '+';
        offset = offset.Duration();
        return withColon ? $"{sign}{offset.Hours:00}:{offset.Minutes:00}" : $"{sign}{offset.Hours:00}{offset.Minutes:00}";
    }

    public static string Stringify(DateTimeOffset time, string month, string? type, string? style)
    {
        var monthName = time.ToString(month, CultureInfo.InvariantCulture);
        if (type != "ordinal") return time.ToString("dd ", CultureInfo.InvariantCulture) + monthName + time.ToString(" yyyy", CultureInfo.InvariantCulture);
        var day = time.Day + Ordinal(time.Day);
        return style == "US" ? $"{monthName} {day}, {time.Year:0000}" : $"{day} {monthName} {time.Year:0000}";
    }

    public static string Ordinal(int day) =>
        day % 100 is 11 or 12 or 13 ? "th" : (day % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
}
