namespace Blog.Site.Rendering.Sass;

/// <summary>
/// Which source files jekyll-sass-converter converts: <c>.scss</c> (SCSS syntax) and <c>.sass</c> (indented syntax),
/// matched case-insensitively as its <c>EXTENSION_PATTERN</c>s do. Their output extension is <c>.css</c>, and Jekyll never
/// puts them in a layout (<c>Page#asset_file?</c>).
/// </summary>
public static class SassSyntax
{
    public const string OutputExtension = ".css";

    public static bool IsSass(string extension) => IsScss(extension) || IsIndented(extension);

    public static bool IsIndented(string extension) => extension.Equals(".sass", StringComparison.OrdinalIgnoreCase);

    private static bool IsScss(string extension) => extension.Equals(".scss", StringComparison.OrdinalIgnoreCase);
}
