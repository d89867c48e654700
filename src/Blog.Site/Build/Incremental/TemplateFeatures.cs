using System.Text.RegularExpressions;

namespace Blog.Site.Build.Incremental;

/// <summary>
/// What a piece of Liquid can read besides its own page, found by scanning its tags and outputs. The scan is
/// conservative: anything it cannot tell apart (a <c>site</c> without a member, an include named by a variable)
/// counts as depending on everything of that kind, so an incremental build never reuses a stale page. A listing
/// depends on the other documents' front matter and URLs; whether it shows their bodies is not guessed here but
/// recorded while it renders (<see cref="Rendering.ValueReads.Bodies"/>).
/// </summary>
public sealed partial record TemplateFeatures(
    IReadOnlySet<string> Includes,
    bool DynamicInclude,
    bool Listing,
    bool Neighbours,
    bool Data,
    bool Time,
    bool Uncacheable,
    bool Assets = false,
    IReadOnlySet<string>? SiteMembers = null)
{
    /// <summary>The names read as <c>site.NAME</c>: a custom collection's name makes the template a listing of it.</summary>
    public IReadOnlySet<string> Members => SiteMembers ?? EmptyMembers;

    private static readonly HashSet<string> EmptyMembers = new(StringComparer.Ordinal);

    public static readonly TemplateFeatures None = new(new HashSet<string>(), false, false, false, false, false, false);

    private static readonly HashSet<string> ListingMembers = new(StringComparer.Ordinal)
    {
        "posts", "pages", "html_pages", "categories", "tags", "documents", "static_files", "collections", "related_posts",
    };

    public static TemplateFeatures Scan(string text)
    {
        var includes = new HashSet<string>(StringComparer.Ordinal);
        var members = new HashSet<string>(StringComparer.Ordinal);
        bool dynamicInclude = false, listing = false, neighbours = false, data = false, time = false, uncacheable = false, assets = false;
        foreach (Match block in LiquidBlock().Matches(text))
        {
            var liquid = block.Value;
            foreach (Match include in Include().Matches(liquid))
            {
                var name = include.Groups["name"].Value;
                if (name.Contains("{{", StringComparison.Ordinal)) dynamicInclude = true;
                else includes.Add(name.Trim('"', '\''));
            }
            if (IncludeRelative().IsMatch(liquid)) uncacheable = true;
            foreach (Match site in Site().Matches(liquid))
            {
                var member = site.Groups["member"].Success ? site.Groups["member"].Value : null;
                if (member is not null) members.Add(member);
                if (member is null || ListingMembers.Contains(member)) listing = true;
                else if (member == "data") data = true;
                else if (member == "time") time = true;
            }
            if (ListingTag().IsMatch(liquid)) listing = true;
            if (NeighbourWord().IsMatch(liquid)) neighbours = true;
            // {% seo %} and {% feed_meta %} read authors from site.data.
            if (SeoTag().IsMatch(liquid)) data = true;
            // A fingerprinted asset URL changes with the file's bytes.
            if (FingerprintFilter().IsMatch(liquid)) assets = true;
        }
        return new TemplateFeatures(includes, dynamicInclude, listing, neighbours, data, time, uncacheable, assets,
            members.Count == 0 ? null : members);
    }

    /// <summary>Reads nothing besides its own page.</summary>
    public bool IsEmpty => Includes.Count == 0 && Members.Count == 0 && !(DynamicInclude || Listing || Neighbours || Data || Time || Uncacheable || Assets);

    public TemplateFeatures Union(TemplateFeatures other) => new(
        new HashSet<string>(Includes.Concat(other.Includes), StringComparer.Ordinal),
        DynamicInclude || other.DynamicInclude, Listing || other.Listing, Neighbours || other.Neighbours,
        Data || other.Data, Time || other.Time, Uncacheable || other.Uncacheable, Assets || other.Assets,
        Members.Count == 0 ? other.SiteMembers : other.Members.Count == 0 ? SiteMembers : new HashSet<string>(Members.Concat(other.Members), StringComparer.Ordinal));

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidBlock();

    [GeneratedRegex(@"\{%-?\s*include\s+(?<name>\{\{.*?\}\}|[^\s%}]+)", RegexOptions.Singleline)]
    private static partial Regex Include();

    [GeneratedRegex(@"\{%-?\s*include_relative\b")]
    private static partial Regex IncludeRelative();

    [GeneratedRegex(@"(?<![\w.])site\b(?:\s*\.\s*(?<member>\w+)|\s*\[\s*[""'](?<member>\w+)[""']\s*\])?")]
    private static partial Regex Site();

    [GeneratedRegex(@"\bpaginator\b|\{%-?\s*(post_url|link)\b")]
    private static partial Regex ListingTag();

    [GeneratedRegex(@"\b(next|previous)\b")]
    private static partial Regex NeighbourWord();

    [GeneratedRegex(@"\|\s*fingerprint\b")]
    private static partial Regex FingerprintFilter();

    [GeneratedRegex(@"\{%-?\s*(seo|feed_meta)\b")]
    private static partial Regex SeoTag();
}
