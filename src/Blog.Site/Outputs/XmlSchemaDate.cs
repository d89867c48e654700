using System.Globalization;

namespace Blog.Site.Outputs;

/// <summary>Jekyll's <c>date_to_xmlschema</c>: ISO 8601 with the offset written as <c>+00:00</c>, never <c>Z</c>.</summary>
public static class XmlSchemaDate
{
    public static string Format(DateTimeOffset date) =>
        date.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);
}
