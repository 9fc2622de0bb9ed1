namespace Leefbaar.Analysis;

/// <summary>One line per statistic, shared by the CLI help and the API description so both say the same.</summary>
public static class AnalysisCatalog
{
    /// <summary>The statistics, in help order, with their one-line description.</summary>
    public static readonly IReadOnlyList<(string Name, string Description)> All =
    [
        ("trends", "Developments between two years of one release: Δafw per area split over the five dimensions, in 9 development classes (5 = |Δ| < 0.01; bounds ±0.01/0.02/0.04/0.08); LBM 2.0 shows its published 7 classes."),
        ("distribution", "Residents per class 1–9 (population-weighted shares) nationally and per G4/G40/M50/rest, province, stedelijkheid and gemeente; residents in onvoldoende or worse (1–3); harde kern (weak in the last k measurements); risers and fallers."),
        ("transitions", "Markov class-transition matrix between consecutive measurements of one release (counts and row probabilities), plus the spatial Markov matrices conditioned on the neighbours' rounded mean class."),
        ("moran", "Global Moran's I of a measure with E[I] = −1/(n−1), variance and z under normality and randomisation (as PySAL esda) and a 999-permutation pseudo p-value; row-standardised queen/rook/knn/distance weights."),
        ("lisa", "Local Moran Iᵢ per area with HH/LL/HL/LH quadrant, conditional-permutation pseudo p and Benjamini–Hochberg FDR (α = 0.05) for the cluster map; plus Getis–Ord Gi* hot/cold-spot z-scores with normal and conditional-permutation p. One permutation engine and one vocabulary (I, EI_sim, z_sim, p_sim) for every statistic."),
        ("inequality", "Population-weighted Gini and Theil T of a positive measure (lbm or an indicator) with Theil's between/within split over a grouping, and σ-convergence (weighted sd and CV per year)."),
        ("early-warning", "Probability that an area scoring voldoende or better falls to zwak or lower in the next measurement (the official Methode Vroegsignalering event; --event decline: afw falls by δ), ridge logistic regression, time-ordered backtest (AUC, precision@5 %, lift) and 'verhoogd'/'sterk verhoogd' flags with main risk factors — a signal for conversation, not a verdict."),
        ("groups", "Gemeente groups over time as the G40/M50 trend studies pool them: an indicator summed over the members (a/b = ratio of sums, never a mean of rates), carried to the 2024 division through the boundaries of each year, growth absolute and in %, index (first year = 100), each group's share of national growth, top and bottom five gemeenten."),
    ];

    /// <summary>The description of one statistic.</summary>
    public static string Describe(string name) => All.First(s => s.Name == name).Description;
}
