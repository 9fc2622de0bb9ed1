using System.Globalization;
using Leefbaar.Data.Synth;
using Leefbaar.Geo.Points;
using Leefbaar.Geo.Scoring;

namespace Leefbaar.Cli.Grid;

/// <summary>
/// The national grid run over a synthetic Netherlands, one method per stage so the command can time each:
/// load → bin → index → indicators → point-in-polygon → score → aggregate → export.
/// </summary>
public sealed class GridPipeline(string dataDir)
{
    /// <summary>The loaded data.</summary>
    public SynthData Data { get; private set; } = null!;
    /// <summary>Populated 100 m cells of the dwellings.</summary>
    public CellGrid Grid { get; private set; } = null!;
    /// <summary>A KD-tree per amenity type.</summary>
    public List<(string Name, PointKdTree Tree)> Amenities { get; } = [];
    /// <summary>KD-tree of the events.</summary>
    public PointKdTree Events { get; private set; } = null!;
    /// <summary>Indicators per cell.</summary>
    public IndicatorTable Indicators { get; private set; } = null!;
    /// <summary>Buurt polygon row of every dwelling (−1 = none).</summary>
    public int[] DwellingPolygon { get; private set; } = [];
    /// <summary>The release used.</summary>
    public GridRelease Release { get; private set; } = null!;
    /// <summary>Cell scores.</summary>
    public GridScores CellScores { get; private set; } = null!;
    /// <summary>Scores per level: buurt, wijk, gemeente, with their codes.</summary>
    public List<(string Level, string[] Codes, GridScores Scores)> Levels { get; } = [];

    /// <summary>Reads the Parquet files.</summary>
    public async Task Load() => Data = await SynthData.Load(dataDir);

    /// <summary>Bins dwellings (weight: persons) into 100 m cells.</summary>
    public void Bin() => Grid = CellGrid.Build(Data.DwellingX, Data.DwellingY, Data.DwellingPersons);

    /// <summary>Builds the KD-trees of amenities per type and of events.</summary>
    public void Index()
    {
        Amenities.Clear();
        var trees = new PointKdTree[AmenityTypes.Names.Length];
        Parallel.For(0, trees.Length, t => { var (x, y) = Data.AmenitiesOfType(t); trees[t] = new PointKdTree(x, y); });
        for (var t = 0; t < trees.Length; t++) Amenities.Add((AmenityTypes.Names[t], trees[t]));
        Events = new PointKdTree(Data.EventX, Data.EventY);
    }

    /// <summary>Computes every cell indicator.</summary>
    public void ComputeIndicators(IProgress<string>? progress = null) => Indicators = GridIndicators.Compute(Grid, Amenities, Events, progress);

    /// <summary>Assigns every dwelling to the buurt polygon containing it.</summary>
    public void AssignPolygons() => DwellingPolygon = PolygonAssigner.Assign(Data.DwellingX, Data.DwellingY, Grid, PolygonSet.From(Data.BuurtPolygon));

    /// <summary>Freezes the illustrative release: references and scales from the indicator medians and IQRs.</summary>
    public void DeriveRelease() => Release = GridRelease.Illustrative((name, log) => MedianIqr(Indicators[name], log));

    /// <summary>Scores and classifies every cell.</summary>
    public void Score() => CellScores = GridScorer.Score(Release, Indicators, Grid.CellCount);

    /// <summary>Aggregates cell scores to buurten through the dwellings (weight: persons), then to wijken and gemeenten.</summary>
    public void Aggregate()
    {
        Levels.Clear();
        var bounds = Release.ClassBoundaries;
        var buurt = GridAggregator.Aggregate(CellScores, Grid.CellOfPoint, Data.DwellingPersons, DwellingPolygon, Data.BuurtCode.Length, bounds);
        Levels.Add(("buurt", Data.BuurtCode, buurt));
        foreach (var (level, parent) in new[] { ("wijk", Data.BuurtWijk), ("gemeente", Data.BuurtGemeente) })
        {
            var codes = parent.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
            var index = codes.Select((c, i) => (c, i)).ToDictionary(t => t.c, t => t.i, StringComparer.Ordinal);
            Levels.Add((level, codes, GridAggregator.Aggregate(buurt, parent.Select(p => index[p]).ToArray(), codes.Length, bounds)));
        }
    }

    /// <summary>Writes cells.csv (indicators and scores per populated cell) and one CSV per aggregation level.</summary>
    public void Export(string outDir)
    {
        Directory.CreateDirectory(outDir);
        using (var w = new StreamWriter(Path.Combine(outDir, "cells.csv")))
        {
            w.WriteLine("cell,x,y," + string.Join(',', Indicators.Names) + ",won,vrz,onv,afw,class");
            var line = new System.Text.StringBuilder(512);
            for (var c = 0; c < Grid.CellCount; c++)
            {
                line.Clear();
                double x0 = Grid.CentreX(c) - 50, y0 = Grid.CentreY(c) - 50;
                line.Append('E').Append((int)(x0 / 100)).Append('N').Append((int)(y0 / 100)).Append(',').Append(x0 + 50).Append(',').Append(y0 + 50);
                foreach (var col in Indicators.Columns) line.Append(',').Append(col[c].ToString("0.###", CultureInfo.InvariantCulture));
                foreach (var d in new[] { 0, 2, 4 }) line.Append(',').Append(CellScores.Dims[d][c].ToString("0.#####", CultureInfo.InvariantCulture));
                line.Append(',').Append(CellScores.Afw[c].ToString("0.#####", CultureInfo.InvariantCulture)).Append(',').Append(CellScores.Class[c]);
                w.WriteLine(line);
            }
        }
        foreach (var (level, codes, s) in Levels)
        {
            using var w = new StreamWriter(Path.Combine(outDir, $"{level}.csv"));
            w.WriteLine("code,inhabitants,won,fys,vrz,soc,onv,afw,class");
            for (var i = 0; i < codes.Length; i++)
            {
                if (float.IsNaN(s.Afw[i])) continue;
                w.Write(codes[i]); w.Write(',');
                w.Write(s.Weight[i].ToString("0", CultureInfo.InvariantCulture));
                for (var d = 0; d < 5; d++) { w.Write(','); w.Write(s.Dims[d][i].ToString("0.#####", CultureInfo.InvariantCulture)); }
                w.Write(','); w.Write(s.Afw[i].ToString("0.#####", CultureInfo.InvariantCulture)); w.Write(','); w.WriteLine(s.Class[i]);
            }
        }
        File.WriteAllText(Path.Combine(outDir, "release.json"), System.Text.Json.JsonSerializer.Serialize(Release, new System.Text.Json.JsonSerializerOptions { WriteIndented = true }));
    }

    /// <summary>Median and interquartile range of the (transformed) finite values of a column.</summary>
    private static (double, double) MedianIqr(float[] column, bool log)
    {
        var v = column.Where(float.IsFinite).Select(x => GridScorer.Transform(x, log)).ToArray();
        if (v.Length == 0) return (0, 1);
        Array.Sort(v);
        return (v[v.Length / 2], v[3 * v.Length / 4] - v[v.Length / 4]);
    }
}
