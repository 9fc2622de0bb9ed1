namespace Leefbaar.Geo.Scoring;

/// <summary>One indicator in a grid release: contribution to dimension <see cref="Dimension"/> = Weight · (t(x) − t(Reference)) / Scale, 0 when x is missing.</summary>
public sealed record GridTerm(string Indicator, bool Log1p, int Dimension, double Weight, double Reference, double Scale);
