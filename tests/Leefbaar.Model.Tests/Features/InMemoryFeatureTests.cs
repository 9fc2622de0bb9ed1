using Leefbaar.Core.ReadModels;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Features;

namespace Leefbaar.Model.Tests.Features;

/// <summary>The model builds features from an in-memory view exactly as from the store: no database needed.</summary>
public sealed class InMemoryFeatureTests
{
    [Fact]
    public void Features_come_from_an_in_memory_view_with_the_latest_value_up_to_the_year()
    {
        var areas = new[]
        {
            new AreaRow("BU00010001", "buurt", 2024, "Noord", "WK000100", "GM0001", "PV20"),
            new AreaRow("BU00010002", "buurt", 2024, "Zuid", "WK000100", "GM0001", "PV20"),
        };
        var observations = new (string, int, ObservationRow)[]
        {
            ("buurt", 2024, new ObservationRow("BU00010001", "population", 2023, 900)),
            ("buurt", 2024, new ObservationRow("BU00010001", "population", 2024, 1000)),
            ("buurt", 2024, new ObservationRow("BU00010001", "population", 2025, 5000)), // after the reference year: ignored
            ("buurt", 2024, new ObservationRow("BU00010002", "population", 2022, 400)),  // only an older year: taken
            ("buurt", 2023, new ObservationRow("BU00010002", "population", 2024, 7777)), // another division: ignored
        };
        var table = new FeatureBuilder(new InMemoryAreaData(areas, observations), IndicatorCatalogue.Default).Build("buurt", 2024, 2024);
        Assert.Equal(["BU00010001", "BU00010002"], table.Codes);
        Assert.Equal([1000.0, 400.0], table.Column("population")!);
        Assert.Equal(["GM0001", "GM0001"], table.Gemeente);
        Assert.True(double.IsNaN(table.X[0])); // no boundaries given: no centroid
    }
}
