using Leefbaar.Core.ReadModels;
using NetTopologySuite.Geometries;

namespace Leefbaar.Analysis.Inputs;

/// <summary>
/// The read models every statistic needs: score series of one release, published developments, indicator values,
/// province membership and boundaries. The application layer implements it over the store (with a cache); the
/// analysis itself never sees a database.
/// </summary>
public interface IAnalysisData
{
    /// <summary>"official" or "model" for a known release id, else null.</summary>
    string? ReleaseSource(string release);

    /// <summary>The release ids holding scores at a level.</summary>
    IReadOnlyList<string> ReleasesAt(string level);

    /// <summary>All scores of one release at one level, every year.</summary>
    IReadOnlyList<ReleaseScoreRow> ReleaseScores(string release, string level);

    /// <summary>Published development classes of a release at a level.</summary>
    IReadOnlyList<DevelopmentRow> Developments(string release, string level);

    /// <summary>Latest value (up to <paramref name="year"/>) of an indicator per area of a level and division.</summary>
    IReadOnlyDictionary<string, double> IndicatorValues(string indicator, string level, int division, int? year = null);

    /// <summary>The areas of a level in one division (name and parents), by code.</summary>
    IReadOnlyDictionary<string, AreaRow> AreaRows(string level, int division);
    /// <summary>Province code per area of a level and per gemeente, in one division.</summary>
    IReadOnlyDictionary<string, string?> Provinces(int division, string level);

    /// <summary>Which (division, dataset) pairs hold boundaries of a level, with their codes.</summary>
    IReadOnlyList<GeometryCoverage> GeometryCoverage(string level);

    /// <summary>The official release with scores at a level (and year), newest first, or null: the default series.</summary>
    string? NewestOfficialRelease(string level, int? year);

    /// <summary>The boundaries of one geometry dataset.</summary>
    IReadOnlyDictionary<string, Geometry> GeometriesOfDataset(string level, int division, string dataset);
}

/// <summary>One geometry dataset of a level in one division and the codes it covers.</summary>
public sealed record GeometryCoverage(int Division, string Dataset, IReadOnlyList<string> Codes);
