using System.Text.Encodings.Web;

namespace Blog.Site.Rendering.Liquid.Filters;

/// <summary>
/// Strings escaped as Ruby's <c>JSON.generate</c> escapes them (what <c>jsonify</c> and a drop's <c>inspect</c> give):
/// only the quote, the backslash and control characters; every other character, an emoji, a no-break space or U+2028
/// included, is written as it is. System.Text.Json's relaxed encoder escapes those too (<c>\uD83D\uDE00</c>).
/// </summary>
internal sealed class RubyJsonEncoder : JavaScriptEncoder
{
    public static RubyJsonEncoder Instance { get; } = new();

    private RubyJsonEncoder() { }

    /// <summary><c>\u001f</c> is the longest escape.</summary>
    public override int MaxOutputCharactersPerInputCharacter => 6;

    public override bool WillEncode(int unicodeScalar) => unicodeScalar is < 0x20 or '"' or '\\';

    public override unsafe int FindFirstCharacterToEncode(char* text, int textLength)
    {
        for (var i = 0; i < textLength; i++)
            if (WillEncode(text[i])) return i;
        return -1;
    }

    public override unsafe bool TryEncodeUnicodeScalar(int unicodeScalar, char* buffer, int bufferLength, out int numberOfCharactersWritten)
    {
        var escape = unicodeScalar switch
        {
            '"' => "\\\"",
            '\\' => "\\\\",
            '\b' => "\\b",
            '\f' => "\\f",
            '\n' => "\\n",
            '\r' => "\\r",
            '\t' => "\\t",
            < 0x20 => $"\\u{unicodeScalar:x4}",
            _ => char.ConvertFromUtf32(unicodeScalar),
        };
        numberOfCharactersWritten = 0;
        if (escape.Length > bufferLength) return false;
        for (var i = 0; i < escape.Length; i++) buffer[i] = escape[i];
        numberOfCharactersWritten = escape.Length;
        return true;
    }
}
