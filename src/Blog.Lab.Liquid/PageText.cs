namespace Blog.Lab.Liquid;

/// <summary>Reads a page's source text by its path relative to the source folder (<c>page.path</c>); null when there is no such file.</summary>
public delegate ValueTask<string?> PageText(string relativePath);

/// <summary>The page texts of one source folder, read only when a problem has to be placed in one.</summary>
public static class PageTexts
{
    public static PageText In(string sourceDirectory) => async relativePath =>
    {
        var path = Path.Combine(sourceDirectory, relativePath);
        return File.Exists(path) ? await File.ReadAllTextAsync(path) : null;
    };

    /// <summary>No page text: problems are reported against the page without a line.</summary>
    public static readonly PageText None = _ => ValueTask.FromResult<string?>(null);
}
