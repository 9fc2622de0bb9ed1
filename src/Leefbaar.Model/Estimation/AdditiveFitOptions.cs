namespace Leefbaar.Model.Estimation;

/// <summary>Settings of an additive (spline-basis ridge) fit.</summary>
public sealed record AdditiveFitOptions
{
    /// <summary>"all": every dimension may use every input; "dimension": only the inputs the catalogue assigns to it.</summary>
    public string Scope { get; init; } = "all";
    /// <summary>Ridge penalties tried (per row, on standardised columns); the one with the lowest leave-one-group-out error wins.</summary>
    public double[] LambdaGrid { get; init; } = [0.0003, 0.001, 0.003, 0.01, 0.03, 0.1];
    /// <summary>Knots per term.</summary>
    public int Knots { get; init; } = 5;
    /// <summary>
    /// Stretch the predictions so the spread of afw matches the official spread (one factor for all dimensions,
    /// learned in cross-validation); corrects the ridge shrinkage that hid most weak buurten.
    /// </summary>
    public bool SpreadMatch { get; init; } = true;
}
