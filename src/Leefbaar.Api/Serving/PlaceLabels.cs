using Leefbaar.Core.Areas;
using Leefbaar.Api.Contracts;
using Leefbaar.Api.Tiles;

namespace Leefbaar.Api.Serving;

/// <summary>Builds the map's place labels from the served boundaries: a point inside each gemeente and wijk (never outside a crescent-shaped area), ranked by inhabitants.</summary>
public static class PlaceLabels
{
    private static readonly string[] Levels = [LevelName.Gemeente, LevelName.Wijk];

    // Inhabitants (CBS, newest year) where the store has them, else the number of buurten: Rotterdam before a rural
    // gemeente of many small buurten.
    private static int Rank(ApiState s, string code, Dictionary<string, int> buurtenPer) =>
        s.Data.ObservationsOf(code).Where(o => o.Indicator == "population").OrderByDescending(o => o.Year).Select(o => (int?)Math.Round(o.Value)).FirstOrDefault()
        ?? buurtenPer.GetValueOrDefault(code);

    /// <summary>The labels of a served state, the largest (most inhabitants) first.</summary>
    public static PlacesResponse Build(ApiState s)
    {
        var buurtenPer = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var area in s.Data.Areas.Values)
        {
            if (area.Level != LevelName.Buurt) continue;
            foreach (var parent in new[] { area.Wijk, s.Data.GemeenteOf(area) })
                if (parent is not null) buurtenPer[parent] = buurtenPer.GetValueOrDefault(parent) + 1;
        }
        var places = new List<PlaceDto>();
        foreach (var level in Levels.Where(TileService.Levels.Contains))
        {
            // The served shapes span every division the store holds; only the newest one's areas get a name, so a
            // merged gemeente (Lemsterland, Neerijnen) is not labelled beside its successor.
            var newest = s.Data.Areas.Values.Where(a => a.Level == level).Select(a => a.Division).DefaultIfEmpty().Max();
            foreach (var shape in s.Tiles.Shapes(level).ByCode.Values)
            {
                if (!s.Data.Areas.TryGetValue(shape.Code, out var area) || area.Division != newest || shape.Geometry.IsEmpty) continue;
                var point = shape.Geometry.InteriorPoint;
                places.Add(new PlaceDto(shape.Code, area.Name, level, Math.Round(point.X, 5), Math.Round(point.Y, 5), Rank(s, shape.Code, buurtenPer)));
            }
        }
        return new PlacesResponse(places.OrderByDescending(p => p.Rank).ThenBy(p => p.Code, StringComparer.Ordinal).ToList());
    }
}
