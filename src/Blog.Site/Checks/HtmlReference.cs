namespace Blog.Site.Checks;

public enum ReferenceKind
{
    /// <summary>A URL the page loads or links to (<c>href</c>, <c>src</c>, a <c>srcset</c> candidate, <c>poster</c>, <c>data</c>).</summary>
    Link,
    /// <summary>A fragment target the page defines (<c>id</c>, or <c>name</c> on <c>&lt;a&gt;</c>).</summary>
    Anchor,
    /// <summary>The page's <c>&lt;base href&gt;</c>, which relative links resolve against.</summary>
    Base,
}

/// <summary>One attribute value found in a page, with its offset in the HTML (for the error position).</summary>
public readonly record struct HtmlReference(ReferenceKind Kind, string Value, int Offset);
