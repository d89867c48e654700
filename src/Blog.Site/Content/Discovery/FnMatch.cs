using System.Text;
using System.Text.RegularExpressions;

namespace Blog.Site.Content.Discovery;

/// <summary>
/// Ruby's <c>File.fnmatch</c> as Jekyll calls it for <c>exclude</c>/<c>include</c> (no flags: <c>*</c> and <c>?</c> also
/// match <c>/</c>), and the <c>Dir.glob</c>-like form for front matter default scopes (<c>*</c> stays in one folder,
/// <c>**</c> crosses folders). Patterns are compiled once per build.
/// </summary>
public sealed class FnMatch
{
    private readonly Regex _regex;

    private FnMatch(Regex regex) => _regex = regex;

    public static FnMatch Create(string pattern, bool starCrossesFolders) =>
        new(new Regex("^" + Translate(pattern, starCrossesFolders) + "$", RegexOptions.CultureInvariant));

    public bool IsMatch(string path) => _regex.IsMatch(path);

    private static string Translate(string pattern, bool starCrossesFolders)
    {
        var regex = new StringBuilder();
        for (int i = 0; i < pattern.Length; i++)
        {
            char c = pattern[i];
            switch (c)
            {
                case '*' when i + 1 < pattern.Length && pattern[i + 1] == '*':
                    regex.Append(".*");
                    i++;
                    if (i + 1 < pattern.Length && pattern[i + 1] == '/') { regex.Append("/?"); i++; }
                    break;
                case '*':
                    regex.Append(starCrossesFolders ? ".*" : "[^/]*");
                    break;
                case '?':
                    regex.Append(starCrossesFolders ? "." : "[^/]");
                    break;
                case '[':
                    int close = pattern.IndexOf(']', i + 1);
                    if (close < 0) { regex.Append(@"\["); break; }
                    string set = pattern[(i + 1)..close];
                    if (set.StartsWith('!')) set = "^" + set[1..];
                    regex.Append('[').Append(set.Replace(@"\", @"\\")).Append(']');
                    i = close;
                    break;
                case '\\' when i + 1 < pattern.Length:
                    regex.Append(Regex.Escape(pattern[++i].ToString()));
                    break;
                default:
                    regex.Append(Regex.Escape(c.ToString()));
                    break;
            }
        }
        return regex.ToString();
    }
}
