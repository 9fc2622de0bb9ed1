using Leefbaar.Model.Catalogue;

namespace Leefbaar.Model.Releases;

/// <summary>
/// What every release must satisfy before it scores anything. Allowlist, not denylist: a term's indicator must be a
/// catalogued <see cref="IndicatorRole.Input"/> (an <see cref="IndicatorRole.Outcome"/> only in a nowcast release),
/// so an uncatalogued field — an origin column a new importer brings in, say — is refused as surely as a
/// catalogued prohibited one. The id ends in the content hash, so a file edited after publication is refused too.
/// </summary>
public static class ReleaseChecks
{
    /// <summary>Variants that may use outcomes (WOZ, income) as inputs: labelled nowcasts, never explanations.</summary>
    public const string NowcastVariant = "nowcast";

    /// <summary>The variant of a release that uses a gemeente's own indicators: marked as such, never the default.</summary>
    public const string UserVariant = "user";

    /// <summary>Runs every check; throws <see cref="ReleaseRejectedException"/> naming the first violation.</summary>
    public static void Check(ModelRelease release, IndicatorCatalogue catalogue)
    {
        Terms(release, catalogue);
        Boundaries(release);
        Content(release);
    }

    /// <summary>The id's last part must equal the content hash (<see cref="ReleaseJson.ContentHash"/>).</summary>
    public static void Content(ModelRelease release)
    {
        var hash = ReleaseJson.ContentHash(release);
        var dash = release.Id.LastIndexOf('-');
        var claimed = dash < 0 ? release.Id : release.Id[(dash + 1)..];
        if (claimed != hash)
            throw new ReleaseRejectedException($"Model release {release.Id}: release file changed after publication — its content hash is {hash}, " +
                                               $"its id says {claimed}. Restore the published file or fit a new release.");
    }

    /// <summary>Each term's indicator must be a catalogued input (or outcome in a nowcast).</summary>
    public static void Terms(ModelRelease release, IndicatorCatalogue catalogue)
    {
        foreach (var t in release.Terms)
        {
            var code = t.Spec.Indicator;
            var def = catalogue.Find(code);
            string? why = def?.Role switch
            {
                null => "it is not in the indicator catalogue; only catalogued environment inputs may enter a model",
                IndicatorRole.Input => null,
                IndicatorRole.Outcome when release.Variant == NowcastVariant => null,
                IndicatorRole.Outcome => "it is an outcome (price, income or health); only a nowcast release may use outcomes",
                IndicatorRole.User when release.Variant == UserVariant => null,
                IndicatorRole.User => "it is a user-defined indicator; only a release of variant 'user' may use one, never the default",
                IndicatorRole.Prohibited => $"it is a prohibited indicator ({def.NameEn}): migration background, ethnicity and nationality can never enter a model",
                _ => $"its role is {def.Role}, not a model input",
            };
            if (why is not null) throw new ReleaseRejectedException($"Model release {release.Id} uses '{code}': {why}.");
        }
    }

    /// <summary>Eight ascending class boundaries.</summary>
    public static void Boundaries(ModelRelease release)
    {
        var b = release.ClassBoundaries;
        if (b.Length != 8 || b.Zip(b.Skip(1)).Any(p => p.First >= p.Second))
            throw new ReleaseRejectedException($"Model release {release.Id} needs eight ascending class boundaries.");
    }
}
