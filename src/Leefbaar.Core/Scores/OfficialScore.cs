using Leefbaar.Core.Areas;

namespace Leefbaar.Core.Scores;

/// <summary>
/// A published Leefbaarometer score of one area in one measurement year of one release
/// (e.g. "lbm3-2024", "lbm3-2022", "lbm2"). Values from different releases are never mixed.
/// Missing parts are null: the LBM 2.0 series has classes only, the 2024 GeoJSON has no lbm.
/// </summary>
public sealed record OfficialScore(
    AreaCode Area,
    int Year,
    string Release,
    double? Lbm,
    double? Afw,
    double? Won,
    double? Fys,
    double? Vrz,
    double? Soc,
    double? Onv,
    int? ClassTotal,
    int? ClassAfw = null,
    int? ClassWon = null,
    int? ClassFys = null,
    int? ClassVrz = null,
    int? ClassSoc = null,
    int? ClassOnv = null,
    int? DevelopmentClass = null,
    int? DevelopmentFromYear = null);
