namespace Blog.Site.Checks;

/// <summary>The image candidate URLs of a <c>srcset</c> value (<c>a.png 1x, b.png 2x</c>), per the HTML parsing rules.</summary>
public static class SrcSet
{
    public static IEnumerable<(string Url, int Offset)> Candidates(string srcset)
    {
        var i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ',')) i++;
            if (i >= srcset.Length) yield break;
            var start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i])) i++;
            var url = srcset[start..i];
            var endsCandidate = url.EndsWith(',');
            url = url.TrimEnd(',');
            if (url.Length > 0) yield return (url, start);
            if (endsCandidate) continue;
            // Skip the descriptors up to the comma that ends this candidate (commas inside parentheses do not).
            var depth = 0;
            while (i < srcset.Length && (srcset[i] != ',' || depth > 0))
            {
                if (srcset[i] == '(') depth++;
                else if (srcset[i] == ')' && depth > 0) depth--;
                i++;
            }
        }
    }
}
