using System.Text;

namespace Leefbaar.Api.Serving;

/// <summary>
/// The form names are compared in: lower case, accented Latin letters folded to their base letter, one kind of
/// apostrophe ("Súdwest-Fryslân" = "sudwest-fryslan"). A fold table rather than Unicode decomposition, because the
/// app runs with invariant globalization.
/// </summary>
public static class SearchText
{
    private const string Accented = "àáâãäåèéêëìíîïòóôõöùúûüýÿçñ’‘`´";
    private const string Plain = "aaaaaaeeeeiiiiooooouuuuyycn''''";

    /// <summary>The normalised text.</summary>
    public static string Normalise(string text)
    {
        var lower = text.Trim().ToLowerInvariant();
        var sb = new StringBuilder(lower.Length);
        foreach (var ch in lower)
        {
            var i = Accented.IndexOf(ch);
            sb.Append(i < 0 ? ch : Plain[i]);
        }
        return sb.ToString();
    }

    /// <summary>A name without the disambiguating suffix CBS adds: "groningen (gemeente)" → "groningen", "middelburg (z.)" → "middelburg".</summary>
    public static string WithoutSuffix(string normalised)
    {
        var open = normalised.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && normalised.EndsWith(')') ? normalised[..open] : normalised;
    }
}
