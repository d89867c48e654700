using System.Globalization;

namespace Blog.Site.Content.Permalinks;

/// <summary>
/// The values of a post's permalink placeholders (Jekyll's <c>UrlDrop</c>). Note Jekyll's rules: <c>:title</c> is the
/// slug (front matter <c>slug</c>, else the file name's) in "pretty" mode keeping case, never the front matter title;
/// <c>:slug</c> is the same in default mode; <c>:categories</c> are only lower-cased (a space becomes <c>%20</c>).
/// </summary>
public sealed record PostPlaceholders(
    string Slug,
    string FileBaseName,
    string CleanedRelativePath,
    IReadOnlyList<string> Categories,
    DateTimeOffset Date,
    string OutputExtension,
    string Collection = "posts")
{
    private static readonly string[] ShortMonths = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    private static readonly string[] LongMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
    private static readonly string[] ShortDays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
    private static readonly string[] LongDays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

    /// <summary>The value of one placeholder, or null when Jekyll has no such placeholder.</summary>
    public string? this[string name] => name switch
    {
        "collection" => Collection,
        "path" => CleanedRelativePath,
        "output_ext" => OutputExtension,
        "name" => Slugifier.Slugify(FileBaseName),
        "title" => Slugifier.Slugify(Slug, SlugMode.Pretty, cased: true),
        "slug" => Slugifier.Slugify(Slug),
        "categories" => string.Join('/', Categories.Select(c => c.ToLowerInvariant()).Distinct(StringComparer.Ordinal)),
        "slugified_categories" => string.Join('/', Categories.Select(c => Slugifier.Slugify(c)).Distinct(StringComparer.Ordinal)),
        "year" => Two(Date.Year, 4),
        "month" => Two(Date.Month, 2),
        "day" => Two(Date.Day, 2),
        "hour" => Two(Date.Hour, 2),
        "minute" => Two(Date.Minute, 2),
        "second" => Two(Date.Second, 2),
        "i_day" => Date.Day.ToString(CultureInfo.InvariantCulture),
        "i_month" => Date.Month.ToString(CultureInfo.InvariantCulture),
        "short_month" => ShortMonths[Date.Month - 1],
        "long_month" => LongMonths[Date.Month - 1],
        "short_year" => Two(Date.Year % 100, 2),
        "w_year" => ISOWeek.GetYear(Date.DateTime).ToString(CultureInfo.InvariantCulture),
        "week" => Two(ISOWeek.GetWeekOfYear(Date.DateTime), 2),
        "w_day" => (Date.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)Date.DayOfWeek).ToString(CultureInfo.InvariantCulture),
        "short_day" => ShortDays[(int)Date.DayOfWeek],
        "long_day" => LongDays[(int)Date.DayOfWeek],
        "y_day" => Two(Date.DayOfYear, 3),
        _ => null,
    };

    private static string Two(int value, int width) => value.ToString(CultureInfo.InvariantCulture).PadLeft(width, '0');
}
