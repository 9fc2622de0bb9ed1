using Leefbaar.Geo.Points;

namespace Leefbaar.Geo.Tests.Points;

/// <summary>The grid engine's results equal a brute-force computation (every point against every query) on a small synthetic region.</summary>
public class GridEngineBruteForceTests
{
    private static readonly BruteForceRegion Region = BruteForceRegion.Create(seed: 6);

    [Fact]
    public void Binning_matches_per_point_floor_division()
    {
        var grid = CellGrid.Build(Region.X, Region.Y, Region.Persons);
        var expected = new Dictionary<(int, int), (int Count, double Persons)>();
        for (var i = 0; i < Region.X.Length; i++)
        {
            var key = ((int)((Region.X[i] - grid.OriginX) * (1 / grid.Size)), (int)((Region.Y[i] - grid.OriginY) * (1 / grid.Size)));
            var (n, p) = expected.GetValueOrDefault(key);
            expected[key] = (n + 1, p + Region.Persons[i]);
        }
        Assert.Equal(expected.Count, grid.CellCount);
        Assert.Equal(Region.X.Length, grid.Counts.Sum());
        for (var c = 0; c < grid.CellCount; c++)
        {
            var (n, p) = expected[(grid.ColOf(grid.Keys[c]), grid.RowOf(grid.Keys[c]))];
            Assert.Equal(n, grid.Counts[c]);
            Assert.Equal(p, grid.Weights[c], 6);
        }
        for (var i = 0; i < Region.X.Length; i += 97)
        {
            var c = grid.CellOfPoint[i];
            Assert.InRange(Region.X[i], grid.CentreX(c) - 50, grid.CentreX(c) + 50);
            Assert.InRange(Region.Y[i], grid.CentreY(c) - 50, grid.CentreY(c) + 50);
        }
    }

    [Fact]
    public void Nearest_and_radius_counts_match_brute_force()
    {
        var grid = CellGrid.Build(Region.X, Region.Y, Region.Persons);
        var tree = new PointKdTree(Region.AmenityX, Region.AmenityY);
        var nearest = GridIndicators.NearestDistances(grid, tree);
        var counts = GridIndicators.CountsWithin(grid, tree, GridIndicators.CountRadii);
        long total = 0;
        for (var c = 0; c < grid.CellCount; c++)
        {
            double cx = grid.CentreX(c), cy = grid.CentreY(c), best = double.PositiveInfinity;
            var n = new int[3];
            for (var i = 0; i < Region.AmenityX.Length; i++)
            {
                double dx = Region.AmenityX[i] - cx, dy = Region.AmenityY[i] - cy, d2 = dx * dx + dy * dy;
                best = Math.Min(best, d2);
                for (var r = 0; r < 3; r++) if (d2 <= GridIndicators.CountRadii[r] * GridIndicators.CountRadii[r]) n[r]++;
            }
            Assert.Equal((float)Math.Sqrt(best), nearest[c]);
            for (var r = 0; r < 3; r++) Assert.Equal(n[r], counts[r][c]);
            total += n[2];
        }
        Assert.True(total > 100_000, $"the 3 km counts should cover many pairs, got {total}");
    }

    [Fact]
    public void Events_per_1000_match_brute_force()
    {
        var grid = CellGrid.Build(Region.X, Region.Y, Region.Persons);
        var rate = GridIndicators.EventsPer1000(grid, new PointKdTree(Region.EventX, Region.EventY), GridIndicators.EventRadius);
        var r2 = GridIndicators.EventRadius * GridIndicators.EventRadius;
        for (var c = 0; c < grid.CellCount; c += 7)
        {
            double cx = grid.CentreX(c), cy = grid.CentreY(c), people = 0;
            var events = 0;
            for (var k = 0; k < grid.CellCount; k++)
            {
                double dx = grid.CentreX(k) - cx, dy = grid.CentreY(k) - cy;
                if (dx * dx + dy * dy <= r2) people += grid.Weights[k];
            }
            for (var i = 0; i < Region.EventX.Length; i++)
            {
                double dx = Region.EventX[i] - cx, dy = Region.EventY[i] - cy;
                if (dx * dx + dy * dy <= r2) events++;
            }
            Assert.Equal((float)(1000.0 * events / people), rate[c], 3);
        }
    }

    [Fact]
    public void Polygon_assignment_matches_testing_every_point_against_every_polygon()
    {
        var grid = CellGrid.Build(Region.X, Region.Y, null);
        var polygons = PolygonSet.From(Region.Polygons);
        var assigned = PolygonAssigner.Assign(Region.X, Region.Y, grid, polygons);
        int inHole = 0, unassigned = 0, inOverlap = 0;
        for (var i = 0; i < Region.X.Length; i++)
        {
            var expected = -1;
            for (var p = 0; p < polygons.Count && expected < 0; p++) if (polygons.Contains(p, Region.X[i], Region.Y[i])) expected = p;
            Assert.Equal(expected, assigned[i]);
            if (expected < 0) unassigned++;
            if (Region.X[i] is > 134_000 + 1400 and < 134_000 + 1600 && Region.Y[i] is > 454_000 + 1400 and < 454_000 + 1600) inHole++;
            if (polygons.Contains(12, Region.X[i], Region.Y[i])) inOverlap++;
        }
        // Sanity: the hole, the outside and the overlapping two-part polygon all hold points, so each rule is exercised.
        Assert.True(inHole > 0 && unassigned > 0 && inOverlap > 0, $"hole {inHole}, outside {unassigned}, overlap {inOverlap}");
        Assert.DoesNotContain(12, assigned);
    }
}
