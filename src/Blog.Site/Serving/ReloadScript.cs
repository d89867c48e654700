namespace Blog.Site.Serving;

/// <summary>
/// The live reload script: served by the dev server as a file (so a page's Content-Security-Policy, which forbids
/// inline scripts, still allows it) and referenced from every HTML page it serves, never from the built output.
/// </summary>
public static class ReloadScript
{
    public const string Path = "/__blog/livereload.js";
    public const string EventsPath = "/__blog/events";

    /// <summary>Puts the script tag before <c>&lt;/head&gt;</c> (else <c>&lt;/body&gt;</c>, else at the end).</summary>
    public static string InjectInto(string html, int generation)
    {
        var tag = $"<script src=\"{Path}\" data-generation=\"{generation}\" defer></script>";
        var at = html.IndexOf("</head>", StringComparison.OrdinalIgnoreCase);
        if (at < 0) at = html.LastIndexOf("</body>", StringComparison.OrdinalIgnoreCase);
        return at < 0 ? html + tag : html.Insert(at, tag);
    }

    public const string Source = """
        // Blog dev server: reloads this page when the site is rebuilt, shows build errors over it.
        (() => {
          const script = document.currentScript;
          const generation = script ? script.dataset.generation : null;
          const events = new EventSource("/__blog/events");
          let overlay = null;

          events.addEventListener("reload", (e) => {
            if (e.data !== generation) location.reload();
          });

          events.addEventListener("build-error", (e) => {
            const { errors } = JSON.parse(e.data);
            if (!overlay) {
              overlay = document.createElement("div");
              overlay.id = "__blog-build-error";
              overlay.setAttribute("role", "alert");
              overlay.style.cssText = "position:fixed;inset:0;z-index:2147483647;overflow:auto;margin:0;padding:2rem;" +
                "background:rgba(20,0,0,.92);color:#fff;font:14px/1.5 ui-monospace,monospace;white-space:pre-wrap";
              document.documentElement.appendChild(overlay);
            }
            overlay.textContent = "Build failed; this is the last good version of the page.\n\n" + errors.join("\n");
          });
        })();
        """;
}
