using System.Globalization;
using System.Text.Encodings.Web;
using Blog.Site.Config.Dates;
using Blog.Site.Content.Documents;
using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>
/// A time as Jekyll's Liquid writes it: Ruby's <c>Time#to_s</c> in the time's own offset (<c>2024-02-14 10:30:00 +0100</c>),
/// where Fluid's <see cref="DateTimeValue"/> writes universal time (<c>2024-02-14 09:30:00Z</c>). Its type is a time's,
/// so Fluid's date filters and ours read it as one. A YAML date without a time (<see cref="CalendarDate"/>) is one too, as
/// Ruby's <c>Date</c> is to Liquid: written as the date alone, formatted as midnight at offset zero.
/// </summary>
internal sealed class TimeValue(DateTimeOffset time, CalendarDate? date = null) : FluidValue
{
    public TimeValue(CalendarDate date) : this(date.Utc, date)
    {
    }

    /// <summary>The calendar date this value is, when it is one rather than a time.</summary>
    public CalendarDate? Date => date;

    /// <summary>
    /// The time Jekyll makes of this value in <paramref name="zone"/> (its date filters, <c>{% seo %}</c>): the same instant
    /// for a time, the start of the day there for a date (Ruby's <c>Date#to_time</c>), not the instant it is to <c>date</c>.
    /// </summary>
    public DateTimeOffset In(TimeZoneInfo zone) => date?.In(zone) ?? TimeZoneInfo.ConvertTime(time, zone);

    public override FluidValues Type => FluidValues.DateTime;

    public override bool Equals(FluidValue other) => other.Type == FluidValues.DateTime && other.ToObjectValue() is DateTimeOffset same && same.Equals(time);

    public override bool ToBooleanValue() => true;

    public override decimal ToNumberValue() => time.Ticks;

    public override string ToStringValue() => date?.ToString() ?? RubyText.Time(time);

    public override object ToObjectValue() => time;

    public override ValueTask WriteToAsync(TextWriter writer, TextEncoder encoder, CultureInfo cultureInfo)
    {
        writer.Write(encoder.Encode(ToStringValue()));
        return ValueTask.CompletedTask;
    }

    public override bool Equals(object? obj) => obj is FluidValue other && Equals(other);

    public override int GetHashCode() => time.GetHashCode();
}
