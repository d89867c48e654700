using System.Globalization;
using System.Text;

namespace Blog.Site.Outputs.Archives;

/// <summary>
/// Jekyll's <c>slugify</c> in its default mode: every run of characters that are not letters, marks or
/// decimal digits becomes one hyphen, hyphens at the ends are dropped, and the result is lower-cased.
/// Unicode letters stay (<c>Café Ünïcode</c> → <c>café-ünïcode</c>).
/// </summary>
public static class Slug
{
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingHyphen = false;
        for (var i = 0; i < text.Length; i++)
        {
            var length = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (IsKept(text, i))
            {
                if (pendingHyphen && builder.Length > 0) builder.Append('-');
                pendingHyphen = false;
                builder.Append(text, i, length);
            }
            else
            {
                pendingHyphen = true;
            }
            i += length - 1;
        }
        return builder.ToString().ToLowerInvariant();
    }

    private static bool IsKept(string text, int index) => CharUnicodeInfo.GetUnicodeCategory(text, index) switch
    {
        UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
            or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => true,
        UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => true,
        UnicodeCategory.DecimalDigitNumber => true,
        _ => false,
    };
}
