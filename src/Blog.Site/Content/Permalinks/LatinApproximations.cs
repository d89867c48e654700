namespace Blog.Site.Content.Permalinks;

/// <summary>
/// What Ruby's <c>I18n.transliterate</c> (behind Jekyll's "latin" slug mode) makes of each letter from U+00C0 to
/// U+017F, taken from running it; anything else outside ASCII becomes <c>?</c>, as there.
/// </summary>
internal static class LatinApproximations
{
    private const int First = 0xC0;
    private static readonly string[] Table = "A|A|A|A|A|A|AE|C|E|E|E|E|I|I|I|I|D|N|O|O|O|O|O|x|O|U|U|U|U|Y|Th|ss|a|a|a|a|a|a|ae|c|e|e|e|e|i|i|i|i|d|n|o|o|o|o|o|?|o|u|u|u|u|y|th|y|A|a|A|a|A|a|C|c|C|c|C|c|C|c|D|d|D|d|E|e|E|e|E|e|E|e|E|e|G|g|G|g|G|g|G|g|H|h|H|h|I|i|I|i|I|i|I|i|I|i|IJ|ij|J|j|K|k|k|L|l|L|l|L|l|L|l|L|l|N|n|N|n|N|n|'n|NG|ng|O|o|O|o|O|o|OE|oe|R|r|R|r|R|r|S|s|S|s|S|s|S|s|T|t|T|t|T|t|U|u|U|u|U|u|U|u|U|u|U|u|W|w|Y|y|Y|Z|z|Z|z|Z|z|?".Split('|');

    public static string Transliterate(string text)
    {
        var builder = new System.Text.StringBuilder(text.Length);
        foreach (char c in text)
        {
            if (c < 128) builder.Append(c);
            else if (c - First is >= 0 and var index && index < Table.Length) builder.Append(Table[index]);
            else builder.Append('?');
        }
        return builder.ToString();
    }
}
