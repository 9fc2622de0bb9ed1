using System.Text.RegularExpressions;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Estimation;
using Leefbaar.Model.Releases;

namespace Leefbaar.Model.Tests.RealData;

/// <summary>
/// Migration background, ethnicity, origin and nationality can never enter a release: not in the catalogue as an
/// input, not through a derived indicator, not in the fit on the real data, not in any published release file.
/// </summary>
[Collection(RealDataCollection.Name)]
public class ProhibitedInputTests(RealDataFixture fixture)
{
    private static readonly IndicatorCatalogue Catalogue = IndicatorCatalogue.Default;

    /// <summary>Codes or formulas that speak of origin, migration background, ethnicity or nationality.</summary>
    private static readonly Regex OriginWords = new("herk(o)?mst|migra|non_western|westers|ethni|etnic|nationalit|origin", RegexOptions.IgnoreCase);

    /// <summary>Every indicator a derived indicator reads (its formula's codes), recursively.</summary>
    private static IEnumerable<string> Sources(IndicatorDefinition def, int depth = 0)
    {
        if (def.Derived is null || depth > 10) yield break;
        foreach (var token in def.Derived.Split(':', '/', '-').Skip(1))
        {
            if (Catalogue.Find(token) is { } inner)
            {
                yield return inner.Code;
                foreach (var s in Sources(inner, depth + 1)) yield return s;
            }
            else if (token.Length > 0 && !char.IsDigit(token[0])) yield return token;
        }
    }

    [Fact]
    public void Every_origin_indicator_in_the_catalogue_is_prohibited()
    {
        var origin = Catalogue.All.Where(d => OriginWords.IsMatch(d.Code) || (d.Derived is not null && OriginWords.IsMatch(d.Derived))).ToList();
        Assert.Contains(origin, d => d.Code == "cbs4_percentage_geb_buiten_nederland_herkmst_buiten_europa");
        Assert.All(origin, d => Assert.Equal(IndicatorRole.Prohibited, d.Role));
    }

    [Fact]
    public void No_input_is_derived_from_a_prohibited_indicator()
    {
        var prohibited = Catalogue.All.Where(d => d.Role == IndicatorRole.Prohibited).Select(d => d.Code).ToHashSet();
        foreach (var def in Catalogue.All.Where(d => d.Role != IndicatorRole.Prohibited))
            Assert.DoesNotContain(Sources(def), s => prohibited.Contains(s) || OriginWords.IsMatch(s));
    }

    [Fact]
    public void Neither_variant_selects_a_prohibited_indicator_even_when_the_table_has_one()
    {
        var table = fixture.BuildTable();
        // Plant every prohibited code as a column with real-looking values: the selection must still refuse them.
        var n = table.Count;
        foreach (var def in Catalogue.All.Where(d => d.Role == IndicatorRole.Prohibited))
            table.Columns[def.Code] = Enumerable.Range(0, n).Select(i => (double)(i % 97)).ToArray();
        foreach (var variant in new[] { "default", "nowcast" })
        {
            var terms = InputSelection.Terms(table, Catalogue, variant, 5);
            Assert.DoesNotContain(terms, t => t.Definition.Role == IndicatorRole.Prohibited || OriginWords.IsMatch(t.Spec.Indicator));
        }
    }

    [Fact]
    public void No_published_release_and_no_fresh_fit_holds_a_prohibited_indicator()
    {
        var dir = Path.Combine(Leefbaar.TestSupport.SharedData.RepositoryRoot(), "releases");
        var files = Directory.GetFiles(dir, "*.json");
        Assert.NotEmpty(files);
        var releases = files.Select(f => ReleaseJson.Deserialize(File.ReadAllText(f), Catalogue)).Append(fixture.Release).ToList();
        foreach (var release in releases)
            foreach (var term in release.Terms)
            {
                var def = Catalogue.Get(term.Spec.Indicator);
                Assert.NotEqual(IndicatorRole.Prohibited, def.Role);
                Assert.DoesNotMatch(OriginWords, term.Spec.Indicator);
                Assert.DoesNotContain(Sources(def), s => Catalogue.Find(s)?.Role == IndicatorRole.Prohibited || OriginWords.IsMatch(s));
                if (release.Variant == "default") Assert.Equal(IndicatorRole.Input, def.Role);
            }
    }
}
