using System.ComponentModel;
using System.Diagnostics;
using System.Text;
using Blog.Site.Content;
using Blog.Site.Diagnostics;

namespace Blog.Site.Rendering.Sass;

/// <summary>
/// Compiles a stylesheet with Debian's <c>sassc</c> (libsass, the compiler Debian's Jekyll uses through ruby-sassc), one
/// child process per file: the text goes in on stdin, the CSS comes back on stdout, nothing is written to disk. The
/// process runs in the source folder, so a relative <c>@import</c> starts from there, as it does in Jekyll (which names
/// the input <c>SOURCE/NAME.scss</c>). Failures become <see cref="StylesheetException"/>s at the line in the
/// stylesheet or partial that has the mistake. One per build; safe to call in parallel.
/// </summary>
internal sealed class SassCompiler(SassOptions options, string executable = SassCompiler.DefaultExecutable)
{
    public const string DefaultExecutable = "sassc";

    /// <summary>Longer than any real stylesheet needs; a hostile one must not hold the build forever.</summary>
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(2);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Set once the compiler was found missing: the first stylesheet says so, the others stay quiet.</summary>
    private int _missingReported;

    /// <param name="text">The stylesheet after front matter and Liquid.</param>
    /// <exception cref="StylesheetException">It does not compile (or the compiler is missing: reported once per build).</exception>
    /// <exception cref="TemplateAlreadyReportedException">The compiler is missing and another stylesheet said so.</exception>
    public async ValueTask<string> CompileAsync(Document document, string text, CancellationToken ct)
    {
        // libsass refuses an empty text ("Data context created with empty source string"); Jekyll writes an empty stylesheet.
        if (text.Length == 0) return "";
        using var process = new Process { StartInfo = StartInfo(document) };
        try
        {
            process.Start();
        }
        catch (Win32Exception)
        {
            if (Interlocked.Exchange(ref _missingReported, 1) == 1) throw new TemplateAlreadyReportedException();
            throw new StylesheetException(document.Position(1, 1),
                $"cannot compile this stylesheet: the Sass compiler '{executable}' is not installed (apt-get install sassc)");
        }

        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeLimit);
        try
        {
            // Bytes, not text: a reader would drop the byte order mark that add_charset replaces.
            var output = ReadBytesAsync(process.StandardOutput.BaseStream, limit.Token);
            var errors = process.StandardError.ReadToEndAsync(limit.Token);
            await WriteInputAsync(process, text, limit.Token);
            await process.WaitForExitAsync(limit.Token);
            var (css, messages) = (await output, await errors);
            if (process.ExitCode == 0) return Text(css);
            throw SassErrors.Parse(messages, process.ExitCode, document, options.Source);
        }
        catch (OperationCanceledException)
        {
            Stop(process);
            if (ct.IsCancellationRequested) throw;
            throw new StylesheetException(document.Position(1, 1), $"the Sass compiler took longer than {TimeLimit.TotalSeconds:0} s and was stopped");
        }
    }

    private static async Task<byte[]> ReadBytesAsync(Stream stream, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, ct);
        return buffer.ToArray();
    }

    /// <summary>
    /// The CSS as text. libsass starts compressed CSS with non-ASCII text with a byte order mark, which
    /// jekyll-sass-converter replaces with <c>@charset "UTF-8";</c> under <c>add_charset: true</c> and removes otherwise.
    /// </summary>
    private string Text(byte[] css)
    {
        var bom = css.AsSpan().StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]);
        var text = Utf8.GetString(bom ? css.AsSpan(3) : css);
        return bom && options.AddCharset ? "@charset \"UTF-8\";" + text : text;
    }

    private static void Stop(Process process)
    {
        try
        {
            process.Kill(entireProcessTree: true);
        }
        catch (InvalidOperationException)
        {
            // It ended on its own meanwhile.
        }
    }

    /// <summary>A compiler that exits early (a syntax error) stops reading: what it did not read is not an error of ours.</summary>
    private static async Task WriteInputAsync(Process process, string text, CancellationToken ct)
    {
        try
        {
            await process.StandardInput.WriteAsync(text.AsMemory(), ct);
            process.StandardInput.Close();
        }
        catch (IOException)
        {
        }
    }

    private ProcessStartInfo StartInfo(Document document)
    {
        var info = new ProcessStartInfo(executable)
        {
            WorkingDirectory = options.Source,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            UseShellExecute = false,
        };
        info.ArgumentList.Add("--stdin");
        info.ArgumentList.Add("--style");
        info.ArgumentList.Add(options.Style);
        if (options.LineComments) info.ArgumentList.Add("--line-comments");
        if (SassSyntax.IsIndented(document.Extension)) info.ArgumentList.Add("--sass");
        foreach (var path in options.LoadPaths)
        {
            info.ArgumentList.Add("--load-path");
            info.ArgumentList.Add(path);
        }
        return info;
    }
}
