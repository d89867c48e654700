namespace Blog.Site.Rendering.Markdown;

/// <summary>
/// Markdown nested past Markdig's depth limit (thousands of <c>&gt;</c> or list levels): reported as an error at the
/// document instead of a crash. kramdown itself fails on such input (Ruby's stack).
/// </summary>
internal sealed class MarkdownTooDeepException() : Exception("Markdown error: blocks or spans are nested too deeply to convert");
