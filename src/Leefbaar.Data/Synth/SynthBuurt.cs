using NetTopologySuite.Geometries;

namespace Leefbaar.Data.Synth;

/// <summary>The real marginals of one buurt (CBS KWB 2024 via woonikveilig) and its polygon (Leefbaarometer 2024, RD New), or its gemeente polygon when the buurt has none.</summary>
public sealed record SynthBuurt(string Code, string Name, string Wijk, string Gemeente, string Provincie,
    int Inhabitants, int Households, int Crimes, int Urbanity, Geometry? Polygon, Geometry? Fallback);
