using System.Security.Cryptography;
using System.Text;
using Blog.Site.Outputs.Files;
using Blog.Site.Rendering;

namespace Blog.Lab.Liquid.Downloads;

/// <summary>
/// One published file of a result. It is made of its text alone, which is made of the stored result alone, so its
/// fingerprint is the text's hash: a rebuild writes it again exactly when the result changed (the lab's extension is a
/// new one then, with new files).
/// </summary>
internal sealed class LabDownloadFile(string outputPath, string id, string text) : IGeneratedFile
{
    private readonly string _fingerprint = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    public string OutputPath => outputPath;

    public string Source => $"(lab result {id})";

    public string? Fingerprint(GeneratedFileInputs inputs) => _fingerprint;

    public ValueTask<FileContent> WriteAsync(SiteRenderer renderer, CancellationToken cancellationToken) => ValueTask.FromResult<FileContent>(text);
}
