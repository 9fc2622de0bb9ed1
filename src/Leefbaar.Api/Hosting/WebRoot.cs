namespace Leefbaar.Api.Hosting;

/// <summary>
/// Finds the built web map: LEEFBAAR_WEB_ROOT, then wwwroot beside the binary, then src/Leefbaar.Api/wwwroot in
/// the repository the binary was built in (where `npm run build` in web/ writes it).
/// </summary>
public static class WebRoot
{
    /// <summary>The folder holding index.html, or null when the front end is not built.</summary>
    public static string? Find()
    {
        var env = Environment.GetEnvironmentVariable("LEEFBAAR_WEB_ROOT");
        if (!string.IsNullOrEmpty(env) && File.Exists(Path.Combine(env, "index.html"))) return Path.GetFullPath(env);
        var beside = Path.Combine(AppContext.BaseDirectory, "wwwroot");
        if (File.Exists(Path.Combine(beside, "index.html"))) return beside;
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "src", "Leefbaar.Api", "wwwroot");
            if (File.Exists(Path.Combine(candidate, "index.html"))) return candidate;
        }
        return null;
    }

    /// <summary>The page served at / when the front end was not built.</summary>
    public const string MissingPage = """
        <!doctype html><html lang="nl"><meta charset="utf-8"><title>Leefbaar</title>
        <h1>Leefbaar API</h1>
        <p>De webkaart is niet gebouwd. Voer <code>npm ci &amp;&amp; npm run build</code> uit in <code>web/</code>, of start via <code>./leefbaar serve</code>.</p>
        <p>The web map is not built. Run <code>npm ci &amp;&amp; npm run build</code> in <code>web/</code>, or start with <code>./leefbaar serve</code>.</p>
        <p><a href="/openapi/v1.json">OpenAPI</a> · <a href="/api/v1/health">health</a></p>
        </html>
        """;
}
