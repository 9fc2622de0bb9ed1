namespace Leefbaar.Model.Features;

/// <summary>
/// Neighbourhood averages of an indicator: for each area, the mean over other areas whose centroid lies within a
/// radius, weighted by their inhabitants and a Gaussian distance kernel (σ = radius / 2). The official
/// characteristics are measured within ~300 m – 1 km of each dwelling, so the surroundings of a buurt carry
/// information its own KWB averages lack. Uses a uniform grid of buckets; O(n · neighbours).
/// </summary>
public sealed class SpatialLag
{
    private readonly double[] _x, _y, _w;
    private readonly Dictionary<(int, int), List<int>> _buckets = new();
    private readonly double _cell;

    /// <summary>Indexes centroids (NaN = no location) with weights (inhabitants) for radii up to <paramref name="maxRadius"/>.</summary>
    public SpatialLag(double[] x, double[] y, double[] weight, double maxRadius)
    {
        (_x, _y, _w, _cell) = (x, y, weight, maxRadius);
        for (var i = 0; i < x.Length; i++)
        {
            if (double.IsNaN(x[i])) continue;
            var key = Key(x[i], y[i]);
            if (!_buckets.TryGetValue(key, out var list)) _buckets[key] = list = new List<int>();
            list.Add(i);
        }
    }

    private (int, int) Key(double x, double y) => ((int)Math.Floor(x / _cell), (int)Math.Floor(y / _cell));

    /// <summary>The lagged column; an area without located neighbours with a value gets NaN.</summary>
    public double[] Lag(double[] values, double radius)
    {
        var result = new double[values.Length];
        var sigma2 = 2 * (radius / 2) * (radius / 2);
        var r2 = radius * radius;
        for (var i = 0; i < values.Length; i++)
        {
            result[i] = double.NaN;
            if (double.IsNaN(_x[i])) continue;
            var (bx, by) = Key(_x[i], _y[i]);
            double sum = 0, wsum = 0;
            for (var dx = -1; dx <= 1; dx++)
            for (var dy = -1; dy <= 1; dy++)
            {
                if (!_buckets.TryGetValue((bx + dx, by + dy), out var list)) continue;
                foreach (var j in list)
                {
                    if (j == i || double.IsNaN(values[j])) continue;
                    var ddx = _x[j] - _x[i];
                    var ddy = _y[j] - _y[i];
                    var d2 = ddx * ddx + ddy * ddy;
                    if (d2 > r2) continue;
                    var w = Math.Max(_w[j], 1) * Math.Exp(-d2 / sigma2);
                    sum += w * values[j];
                    wsum += w;
                }
            }
            if (wsum > 0) result[i] = sum / wsum;
        }
        return result;
    }
}
