using Leefbaar.Core.Areas;
using Leefbaar.Core.ReadModels;
using NetTopologySuite.Geometries;
using NetTopologySuite.Index.Strtree;

namespace Leefbaar.Model.Features;

/// <summary>
/// Feature table for 100 m cells where the CBS grid gives counts (the Groningen grid): each cell takes the
/// indicators of the buurt its centre lies in, then its own inhabitants and age structure replace the buurt's
/// population density and age shares. So a cell score differs from its buurt's where the cell's own counts differ —
/// the parts the grid does not measure stay the buurt's, and the cell's explanation says so.
/// </summary>
public sealed class CellFeatureBuilder(IAreaData data)
{
    /// <summary>Indicators a cell measures itself (the rest come from its buurt).</summary>
    public static readonly string[] CellOwn = ["population", "population_density", "share_65plus", "share_0_14", "share_15_24", "share_25_44", "share_45_64", "log_population"];

    /// <summary>Builds the cell table from the cells of <paramref name="cellDivision"/> and the buurt table.</summary>
    public FeatureTable Build(FeatureTable buurten, int cellDivision)
    {
        var cells = data.Areas(LevelName.Cell, cellDivision);
        var obs = data.Observations(LevelName.Cell, cellDivision);
        var geometries = data.Geometries(LevelName.Buurt, buurten.Division);
        var index = new STRtree<int>();
        var rowOf = buurten.IndexByCode();
        var polygons = new Dictionary<int, NetTopologySuite.Geometries.Prepared.IPreparedGeometry>();
        foreach (var (code, g) in geometries)
        {
            if (!rowOf.TryGetValue(code, out var row)) continue;
            index.Insert(g.EnvelopeInternal, row);
            polygons[row] = NetTopologySuite.Geometries.Prepared.PreparedGeometryFactory.Prepare(g);
        }
        index.Build();

        var n = cells.Count;
        var buurtRow = new int[n];
        var x = new double[n];
        var y = new double[n];
        var factory = Geo.Projection.RdReprojector.RdFactory;
        for (var i = 0; i < n; i++)
        {
            var (ox, oy) = AreaCode.Parse(cells[i].Code).CellOrigin();
            (x[i], y[i]) = (ox + 50, oy + 50);
            var point = factory.CreatePoint(new Coordinate(x[i], y[i]));
            buurtRow[i] = index.Query(point.EnvelopeInternal).Where(r => polygons[r].Contains(point)).DefaultIfEmpty(-1).First();
        }

        var columns = new Dictionary<string, double[]>();
        foreach (var (code, column) in buurten.Columns)
            columns[code] = buurtRow.Select(r => r < 0 ? double.NaN : column[r]).ToArray();

        var cellIndex = cells.Select((c, i) => (c.Code, i)).ToDictionary(t => t.Code, t => t.i);
        double[] Latest(string indicator)
        {
            var values = FeatureBuilder.Nan(n);
            var years = new int[n];
            foreach (var o in obs)
                if (o.Indicator == indicator && cellIndex.TryGetValue(o.Code, out var i) && (double.IsNaN(values[i]) || o.Year > years[i]))
                    (values[i], years[i]) = (o.Value, o.Year);
            return values;
        }
        var population = Latest("population");
        columns["population"] = population;
        columns["population_density"] = population.Select(p => p * 100).ToArray(); // one hectare = 1/100 km²
        columns["log_population"] = population.Select(p => Math.Log(1 + Math.Max(0, p))).ToArray();
        foreach (var (count, share) in new[] { ("population_65plus", "share_65plus"), ("population_0_14", "share_0_14"), ("population_15_24", "share_15_24"), ("population_25_44", "share_25_44"), ("population_45_64", "share_45_64") })
        {
            var c = Latest(count);
            columns[share] = c.Select((v, i) => population[i] > 0 ? v / population[i] : double.NaN).ToArray();
        }

        return new FeatureTable
        {
            Codes = cells.Select(c => c.Code).ToArray(),
            Names = cells.Select((c, i) => buurtRow[i] < 0 ? "" : $"cel in {buurten.Names[buurtRow[i]]}").ToArray(),
            Gemeente = buurtRow.Select(r => r < 0 ? null : buurten.Gemeente[r]).ToArray(),
            Wijk = buurtRow.Select(r => r < 0 ? null : buurten.Wijk[r]).ToArray(),
            Provincie = buurtRow.Select(r => r < 0 ? null : buurten.Provincie[r]).ToArray(),
            X = x,
            Y = y,
            Columns = columns,
            Division = cellDivision,
            Year = buurten.Year,
        };
    }
}
