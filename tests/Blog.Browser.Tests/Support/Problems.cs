namespace Blog.Browser.Tests.Support;

/// <summary>Asserts a list of problems is empty, printing every one of them (xunit truncates collections).</summary>
public static class Problems
{
    public static void AssertNone(IEnumerable<string> problems)
    {
        var list = problems.ToList();
        Assert.True(list.Count == 0, $"{list.Count} problem(s):\n{string.Join('\n', list)}");
    }
}
