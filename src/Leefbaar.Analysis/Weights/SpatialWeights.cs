namespace Leefbaar.Analysis.Weights;

/// <summary>
/// A sparse spatial weights matrix over areas (row i lists its neighbours and their weights), with the sums
/// S0, S1, S2 the moments of Moran's I need. Areas without neighbours ("islands") keep an empty row, as in libpysal.
/// </summary>
public sealed class SpatialWeights
{
    /// <summary>Area codes, in row order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>Neighbour indices per row.</summary>
    public int[][] Neighbours { get; }

    /// <summary>Weights per row, aligned with <see cref="Neighbours"/>.</summary>
    public double[][] Values { get; }

    /// <summary>How the matrix was built (e.g. "queen", "knn k=6").</summary>
    public string Kind { get; }

    /// <summary>Builds a matrix from aligned neighbour and weight lists.</summary>
    public SpatialWeights(IReadOnlyList<string> ids, int[][] neighbours, double[][] values, string kind)
    {
        if (neighbours.Length != ids.Count || values.Length != ids.Count) throw new ArgumentException("One neighbour row per id.");
        (Ids, Neighbours, Values, Kind) = (ids, neighbours, values, kind);
    }

    /// <summary>
    /// Most links a matrix may hold (about 60 MB of indices and weights): queen weights of all 12,000 buurten have
    /// about 70,000, a 5 km band about 2.2 million; a 100 km band would have ~10⁸ and gigabytes.
    /// </summary>
    public const long MaxLinks = 5_000_000;

    /// <summary>Refuses a matrix of more than <see cref="MaxLinks"/> links, naming how it was asked for.</summary>
    public static void EnsureLinks(long links, string kind)
    {
        if (links > MaxLinks)
            throw new ArgumentException($"Weights '{kind}' would link {links:N0} area pairs; at most {MaxLinks:N0} are allowed: use a smaller distance band, knn or contiguity weights, or a coarser level.");
    }

    /// <summary>Binary weights (1 per neighbour) from neighbour sets.</summary>
    public static SpatialWeights Binary(IReadOnlyList<string> ids, IReadOnlyList<IReadOnlyCollection<int>> sets, string kind)
    {
        var nb = sets.Select(s => s.OrderBy(j => j).ToArray()).ToArray();
        return new SpatialWeights(ids, nb, nb.Select(r => Enumerable.Repeat(1.0, r.Length).ToArray()).ToArray(), kind);
    }

    /// <summary>Number of areas.</summary>
    public int N => Ids.Count;

    /// <summary>Areas without neighbours.</summary>
    public IEnumerable<string> Islands => Ids.Where((_, i) => Neighbours[i].Length == 0);

    /// <summary>Mean number of neighbours.</summary>
    public double MeanNeighbours => Neighbours.Average(r => (double)r.Length);

    /// <summary>Each row divided by its sum (libpysal transform "R"); island rows stay empty.</summary>
    public SpatialWeights RowStandardised()
    {
        var values = Values.Select(r =>
        {
            var sum = r.Sum();
            return sum == 0 ? r.ToArray() : r.Select(v => v / sum).ToArray();
        }).ToArray();
        return new SpatialWeights(Ids, Neighbours, values, Kind + ", row-standardised");
    }

    /// <summary>The matrix restricted to a subset of areas (rows and columns), e.g. those with a value.</summary>
    public SpatialWeights Subset(IReadOnlyCollection<string> keep)
    {
        var map = new Dictionary<int, int>();
        var ids = new List<string>();
        for (var i = 0; i < N; i++)
            if (keep.Contains(Ids[i])) { map[i] = ids.Count; ids.Add(Ids[i]); }
        var nb = new int[ids.Count][];
        var vals = new double[ids.Count][];
        foreach (var (old, row) in map)
        {
            var pairs = Neighbours[old].Select((j, k) => (j, v: Values[old][k])).Where(p => map.ContainsKey(p.j)).ToList();
            nb[row] = pairs.Select(p => map[p.j]).ToArray();
            vals[row] = pairs.Select(p => p.v).ToArray();
        }
        return new SpatialWeights(ids, nb, vals, Kind);
    }

    /// <summary>The spatial lag Wy.</summary>
    public double[] Lag(ReadOnlySpan<double> y)
    {
        var lag = new double[N];
        for (var i = 0; i < N; i++)
        {
            var s = 0.0;
            for (var k = 0; k < Neighbours[i].Length; k++) s += Values[i][k] * y[Neighbours[i][k]];
            lag[i] = s;
        }
        return lag;
    }

    /// <summary>S0: the sum of all weights.</summary>
    public double S0 => Values.Sum(r => r.Sum());

    /// <summary>S1 = ½ Σᵢⱼ (wᵢⱼ + wⱼᵢ)².</summary>
    public double S1
    {
        get
        {
            var s = 0.0;
            foreach (var ((i, j), w) in Pairs())
            {
                var back = Weight(j, i);
                var sym = w + back;
                // (i,j) and (j,i) share one term; when wⱼᵢ = 0 row j never visits it, so count both here
                s += back == 0 ? 2 * sym * sym : sym * sym;
            }
            return s / 2;
        }
    }

    /// <summary>S2 = Σᵢ (Σⱼ wᵢⱼ + Σⱼ wⱼᵢ)².</summary>
    public double S2
    {
        get
        {
            var rowSum = Values.Select(r => r.Sum()).ToArray();
            var colSum = new double[N];
            foreach (var ((_, j), w) in Pairs()) colSum[j] += w;
            return rowSum.Select((r, i) => (r + colSum[i]) * (r + colSum[i])).Sum();
        }
    }

    /// <summary>The weight of (i, j), 0 when j is not a neighbour of i (rows are sorted by neighbour index).</summary>
    public double Weight(int i, int j)
    {
        var k = Array.BinarySearch(Neighbours[i], j);
        return k >= 0 ? Values[i][k] : 0;
    }

    private IEnumerable<((int I, int J), double W)> Pairs()
    {
        for (var i = 0; i < N; i++)
            for (var k = 0; k < Neighbours[i].Length; k++) yield return ((i, Neighbours[i][k]), Values[i][k]);
    }
}
