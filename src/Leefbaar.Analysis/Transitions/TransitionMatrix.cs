namespace Leefbaar.Analysis.Transitions;

/// <summary>
/// A class-transition (Markov) matrix: counts of areas moving from class i (rows) to class j (columns) between
/// consecutive measurements, and the row-normalised transition probabilities. The spatial variant holds one matrix per
/// class of the neighbours' average ("lag class"), as in Rey's spatial Markov.
/// </summary>
public sealed record TransitionMatrix(string Condition, int Classes, long[,] Counts)
{
    /// <summary>Row-normalised probabilities (0 in empty rows).</summary>
    public double[,] Probabilities
    {
        get
        {
            var p = new double[Classes, Classes];
            for (var i = 0; i < Classes; i++)
            {
                long row = 0;
                for (var j = 0; j < Classes; j++) row += Counts[i, j];
                for (var j = 0; j < Classes; j++) p[i, j] = row == 0 ? 0 : (double)Counts[i, j] / row;
            }
            return p;
        }
    }

    /// <summary>All transitions counted.</summary>
    public long Total { get { long t = 0; foreach (var c in Counts) t += c; return t; } }

    /// <summary>Share of transitions that stay in their class.</summary>
    public double Persistence { get { long d = 0; for (var i = 0; i < Classes; i++) d += Counts[i, i]; return Total == 0 ? 0 : (double)d / Total; } }
}
