using Fluid.Values;

namespace Blog.Site.Rendering.Liquid.Values;

/// <summary>
/// <c>site</c> as one recorded render sees it: the same values, and each member read is recorded as the input it is
/// (<see cref="SiteInput"/>): a listing (posts, pages, categories, tags, collections...), <c>site.time</c>, or
/// <c>site.data</c>, whose entries are recorded one by one as they are read. Config values are not recorded: every
/// page's fingerprint has the config. Reading through a variable (<c>{% assign all = site.posts %}</c>,
/// <c>site.data[page.key]</c>) is recorded too, since it is the read, not the template's text, that counts.
/// </summary>
internal sealed class RecordingSite(LiquidHash site, IReadOnlySet<string> listings, ValueReads reads) : LiquidHash
{
    /// <summary>The members of <c>site</c> that list the site's documents or files (besides custom collections' names).</summary>
    public static readonly IReadOnlySet<string> Listings = new HashSet<string>(StringComparer.Ordinal)
    {
        "posts", "pages", "html_pages", "static_files", "categories", "tags", "collections", "documents", "related_posts",
    };

    public override IEnumerable<string> Keys => site.Keys;

    public override int Count => site.Count;

    public override bool TryGet(string name, out FluidValue value)
    {
        var found = site.TryGet(name, out value);
        if (name == "data" && value is LiquidHash data) value = new RecordingData(data, reads);
        else if (name == "time") reads.AddInput(SiteInput.Time);
        else if (listings.Contains(name)) reads.AddInput(SiteInput.Listing);
        return found;
    }

    public override bool Equals(FluidValue other) => other is RecordingSite recording ? ReferenceEquals(recording.Inner, site) : ReferenceEquals(other, site);

    private LiquidHash Inner => site;

    /// <summary><c>site.data</c>, recording each top-level entry read, or all of them when it is enumerated or counted.</summary>
    private sealed class RecordingData(LiquidHash data, ValueReads reads) : LiquidHash
    {
        public override IEnumerable<string> Keys
        {
            get
            {
                reads.AddInput(SiteInput.AllData);
                return data.Keys;
            }
        }

        public override int Count
        {
            get
            {
                reads.AddInput(SiteInput.AllData);
                return data.Count;
            }
        }

        public override bool TryGet(string name, out FluidValue value)
        {
            reads.AddInput(SiteInput.Data(name));
            return data.TryGet(name, out value);
        }

        public override bool Equals(FluidValue other) => other is RecordingData recording ? ReferenceEquals(recording.Inner, data) : ReferenceEquals(other, data);

        private LiquidHash Inner => data;
    }
}
