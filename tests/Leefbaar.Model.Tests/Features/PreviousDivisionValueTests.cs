using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;

namespace Leefbaar.Model.Tests.Features;

/// <summary>Survey figures of an older division (RIVM 2020) reach the 2024 buurten by identical code, else through the wijk or gemeente.</summary>
public sealed class PreviousDivisionValueTests
{
    private static FeatureTable Build()
    {
        var areas = new[]
        {
            new AreaRow("BU00010001", "buurt", 2024, "Kern", "WK000100", "GM0001", "PV20"),  // own 2020 figure
            new AreaRow("BU00010002", "buurt", 2024, "Nieuw", "WK000100", "GM0001", "PV20"), // new code: its wijk's figure
            new AreaRow("BU00010101", "buurt", 2024, "Buiten", "WK000101", "GM0001", "PV20"), // new wijk too: the gemeente's
            new AreaRow("BU00020001", "buurt", 2024, "Elders", "WK000200", "GM0002", "PV20"), // nothing in 2020
        };
        var observations = new (string, int, ObservationRow)[]
        {
            ("buurt", 2020, new("BU00010001", "rivm_eenzaam", 2020, 41.5)),
            ("buurt", 2020, new("BU00019999", "rivm_eenzaam", 2020, 99)), // a 2020 code that no longer exists
            ("wijk", 2020, new("WK000100", "rivm_eenzaam", 2020, 44)),
            ("gemeente", 2020, new("GM0001", "rivm_eenzaam", 2020, 47.25)),
            ("buurt", 2024, new("BU00010002", "rivm_eenzaam", 2024, 10)), // same code in another division: never used
        };
        return new FeatureBuilder(new InMemoryAreaData(areas, observations), IndicatorCatalogue.Default).Build("buurt", 2024, 2024);
    }

    [Fact]
    public void Buurt_value_falls_back_to_wijk_then_gemeente()
    {
        var t = Build();
        var lonely = t.Column("lonely_pct")!;
        var order = t.Codes.ToList();
        Assert.Equal(41.5, lonely[order.IndexOf("BU00010001")]);
        Assert.Equal(44, lonely[order.IndexOf("BU00010002")]);
        Assert.Equal(47.25, lonely[order.IndexOf("BU00010101")]);
        Assert.True(double.IsNaN(lonely[order.IndexOf("BU00020001")]));
    }
}
