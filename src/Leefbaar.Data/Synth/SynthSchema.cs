using Leefbaar.Core.Areas;
using Parquet.Schema;

namespace Leefbaar.Data.Synth;

/// <summary>The Parquet schema of the synthetic Netherlands (documented in bench/README.md). Coordinates in RD New metres.</summary>
public static class SynthSchema
{
    /// <summary>Schema version written into synth.json.</summary>
    public const int Version = 1;

    /// <summary>Field shared by the point files: x (RD New, m).</summary>
    public static readonly DataField<double> X = new("x");
    /// <summary>y (RD New, m).</summary>
    public static readonly DataField<double> Y = new("y");
    /// <summary>Row index into buurten.parquet of the buurt the point was generated in (its true buurt).</summary>
    public static readonly DataField<int> Buurt = new(LevelName.Buurt);
    /// <summary>Inhabitants of the dwelling (buurt inhabitants / households).</summary>
    public static readonly DataField<float> Persons = new("persons");
    /// <summary>Amenity type code: index into <see cref="AmenityTypes.Names"/>.</summary>
    public static readonly DataField<int> Type = new("type");

    /// <summary>dwellings.parquet: one row per dwelling.</summary>
    public static readonly ParquetSchema Dwellings = new(X, Y, Persons, Buurt);
    /// <summary>amenities.parquet: one row per amenity.</summary>
    public static readonly ParquetSchema Amenities = new(X, Y, Type, Buurt);
    /// <summary>events.parquet: one row per registered crime (47022NED total, latest 12 months).</summary>
    public static readonly ParquetSchema Events = new(X, Y, Buurt);

    /// <summary>buurten.parquet fields.</summary>
    public static readonly DataField<int> Id = new("id");
    /// <inheritdoc cref="Id"/>
    public static readonly DataField<string> Code = new("code");
    /// <inheritdoc cref="Id"/>
    public static readonly DataField<string> Name = new("name");
    /// <inheritdoc cref="Id"/>
    public static readonly DataField<string> Wijk = new(LevelName.Wijk);
    /// <inheritdoc cref="Id"/>
    public static readonly DataField<string> Gemeente = new(LevelName.Gemeente);
    /// <inheritdoc cref="Id"/>
    public static readonly DataField<string> Provincie = new(LevelName.Provincie);
    /// <inheritdoc cref="Id"/>
    public static readonly DataField<int> Inhabitants = new("inhabitants");
    /// <inheritdoc cref="Id"/>
    public static readonly DataField<int> Households = new("households");
    /// <inheritdoc cref="Id"/>
    public static readonly DataField<int> Crimes = new("crimes");
    /// <summary>The buurt polygon as WKB in RD New; null when the buurt has no polygon in the source.</summary>
    public static readonly DataField<byte[]> Wkb = new("wkb", nullable: true);

    /// <summary>buurten.parquet: one row per buurt of the scale.</summary>
    public static readonly ParquetSchema Buurten = new(Id, Code, Name, Wijk, Gemeente, Provincie, Inhabitants, Households, Crimes, Wkb);
}
