using System.Collections;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Blog.Site.Config.Dates;
using Blog.Site.Content;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// A SHA-256 over values in a canonical text form: the same content gives the same hash in every build, whatever
/// the files' timestamps. Each value is written with its type and length, so two different sequences never
/// produce the same text.
/// </summary>
public sealed class ContentHash
{
    private readonly StringBuilder _text = new();
    private readonly Func<Document, string>? _documents;

    public ContentHash() { }

    /// <param name="documents">The hash that stands for a document (a cached one), instead of its every field.</param>
    public ContentHash(Func<Document, string> documents) => _documents = documents;

    public ContentHash Add(object? value)
    {
        switch (value)
        {
            case null: _text.Append("n;"); break;
            case string s: _text.Append("s").Append(s.Length).Append(':').Append(s).Append(';'); break;
            case bool b: _text.Append(b ? "T;" : "F;"); break;
            case DateTimeOffset d: _text.Append("d").Append(d.ToString("O", CultureInfo.InvariantCulture)).Append(';'); break;
            case CalendarDate d: _text.Append("c").Append(d.ToString()).Append(';'); break;
            case DateTime d: _text.Append("t").Append(d.ToString("O", CultureInfo.InvariantCulture)).Append(';'); break;
            case IFormattable f: _text.Append("f").Append(f.ToString(null, CultureInfo.InvariantCulture)).Append(';'); break;
            case Document d when _documents is not null: _text.Append('D').Append(_documents(d)).Append(';'); break;
            case Document d: AddDocument(d); break;
            case TemplateFile t: Add(t.RelativePath).Add(t.Body).Add(t.Data); break;
            case IDictionary dictionary:
                _text.Append("{").Append(dictionary.Count).Append(':');
                foreach (DictionaryEntry entry in dictionary) Add(entry.Key).Add(entry.Value);
                _text.Append('}');
                break;
            case IEnumerable items:
                _text.Append('[');
                foreach (var item in items) Add(item);
                _text.Append(']');
                break;
            default: _text.Append("o").Append(value.GetType().Name).Append(':').Append(value).Append(';'); break;
        }
        return this;
    }

    public string Finish() => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(_text.ToString())));

    public static string Of(params object?[] values)
    {
        var hash = new ContentHash();
        foreach (var value in values) hash.Add(value);
        return hash.Finish();
    }

    private void AddDocument(Document d) => AddMetadata(d).Add(d.Body).Add(d.BodyLine);

    /// <summary>Every field of the document but its body: what a listing of documents can show without rendering them.</summary>
    public ContentHash AddMetadata(Document d) =>
        Add(d.RelativePath).Add(d.Kind.ToString()).Add(d.Extension).Add(d.Title).Add(d.Date)
            .Add(d.Slug).Add(d.Categories).Add(d.Tags).Add(d.Layout).Add(d.Url).Add(d.OutputPath).Add(d.Id)
            .Add(d.IncludeInSitemap).Add(d.ExcerptSeparator).Add(d.Data);
}
