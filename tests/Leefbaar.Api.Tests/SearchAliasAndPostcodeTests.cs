using Leefbaar.Data.Store;

namespace Leefbaar.Api.Tests;

/// <summary>Search by another name of a place (Den Bosch, Den Haag) and by postcode (a PC4 lists its buurten), on the real store.</summary>
[Collection(ServerCollection.Name)]
public sealed class SearchAliasAndPostcodeTests(ServerFixture server)
{
    private readonly HttpClient _client = server.Client;

    private async Task<List<(string Code, string Name, string Level, string Match)>> Search(string q, int limit = 10) =>
        (await _client.Json($"/api/v1/areas?q={Uri.EscapeDataString(q)}&limit={limit}")).GetProperty("results").EnumerateArray()
            .Select(r => (r.GetProperty("code").GetString()!, r.GetProperty("name").GetString()!, r.GetProperty("level").GetString()!,
                r.GetProperty("match").GetString()!)).ToList();

    [Theory]
    [InlineData("Den Bosch", "GM0796", "'s-Hertogenbosch")]
    [InlineData("den bosch", "GM0796", "'s-Hertogenbosch")]
    [InlineData("Den Haag", "GM0518", "'s-Gravenhage (gemeente)")]
    [InlineData("Nuenen", "GM0820", "Nuenen, Gerwen en Nederwetten")]
    public async Task Another_name_finds_the_gemeente_under_its_official_name_first(string query, string code, string name)
    {
        var first = (await Search(query))[0];
        Assert.Equal((code, name, "gemeente"), (first.Code, first.Name, first.Level));
        Assert.Equal("alias", first.Match);
    }

    [Fact]
    public async Task The_official_name_without_its_CBS_suffix_is_an_exact_name_and_an_alias_prefix_also_finds_it()
    {
        var exact = (await Search("'s-Gravenhage"))[0]; // stored as "'s-Gravenhage (gemeente)"
        Assert.Equal(("GM0518", "exact-name"), (exact.Code, exact.Match));
        var middelburg = (await Search("Middelburg"))[0]; // stored as "Middelburg (Z.)"
        Assert.Equal(("GM0687", "exact-name"), (middelburg.Code, middelburg.Match));
        Assert.Contains(await Search("Den Bos"), h => h.Code == "GM0796" && h.Match == "name-prefix");
    }

    [Fact]
    public async Task Diacritics_are_optional()
    {
        var hits = await Search("Sudwest-Fryslan");
        Assert.Equal(("GM1900", "Súdwest-Fryslân", "exact-name"), (hits[0].Code, hits[0].Name, hits[0].Match));
        Assert.Equal("GM1900", (await Search("súdwest-fryslân"))[0].Code);
    }

    [Fact]
    public async Task A_postcode_lists_the_buurten_whose_most_frequent_postcode_it_is()
    {
        // The expected buurten straight from the store: newest main_pc4 per buurt of the served division.
        string pc4;
        List<string> expected;
        using (var store = LeefbaarStore.Open(server.StorePath, readOnly: true))
        {
            var buurten = store.AllAreasNewestDivision().Where(a => a.Level == "buurt").Select(a => a.Code).ToHashSet();
            var main = store.Query("""
                SELECT code, value FROM observations WHERE indicator = 'main_pc4'
                QUALIFY row_number() OVER (PARTITION BY code ORDER BY year DESC) = 1
                """, r => (Code: r.GetString(0), Pc4: ((int)r.GetDouble(1)).ToString("0000")))
                .Where(x => buurten.Contains(x.Code)).ToList();
            pc4 = main.Single(x => x.Code == "BU03070100").Pc4; // Hof, Amersfoort
            expected = main.Where(x => x.Pc4 == pc4).Select(x => x.Code).Order(StringComparer.Ordinal).ToList();
        }
        Assert.InRange(expected.Count, 1, 50);

        foreach (var query in new[] { pc4, pc4 + " AB", pc4 + "ab" })
        {
            var hits = await Search(query, 50);
            var postcode = hits.Where(h => h.Match == "postcode").ToList();
            Assert.Equal(expected, postcode.Select(h => h.Code).Order(StringComparer.Ordinal).ToList());
            Assert.All(postcode, h => Assert.Equal("buurt", h.Level));
            Assert.Equal(postcode.Count, hits.TakeWhile(h => h.Match == "postcode").Count()); // the buurten come first
        }
        Assert.Contains(await Search(pc4), h => h.Code == "BU03070100");
    }
}
