using Blog.Site.Content;

namespace Blog.Site.Outputs.Files;

/// <summary>
/// A generated file made of what the pages' documents render to (the search index): the build hands it each
/// document's content as the page that writes it is rendered, so nothing is rendered twice. A rebuild renders only the
/// pages whose fingerprint changed, so the file first takes what it kept from the same file of the previous build;
/// its fingerprint must cover the pages it reads (<see cref="GeneratedFileInputs.PageOf"/>), which makes the kept parts
/// exactly what a clean build would read.
/// </summary>
public interface IReadsRenderedContent : IGeneratedFile
{
    /// <summary>Before any page renders: <paramref name="previous"/> is this file in the previous build (left unchanged).</summary>
    void KeepFrom(IGeneratedFile previous);

    /// <summary>A document's content without layouts, as its page rendered it; called from many threads at once.</summary>
    void Read(Document document, string content);
}
