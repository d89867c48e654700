using System.Text;

namespace Blog.Site.Outputs;

/// <summary>A string writer that declares UTF-8, the encoding the file is written in, in the XML declaration.</summary>
internal sealed class Utf8StringWriter : StringWriter
{
    public override Encoding Encoding { get; } = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
}
