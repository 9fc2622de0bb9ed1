using Leefbaar.Api.Contracts;
using Leefbaar.Api.Tiles;

namespace Leefbaar.Api.Serving;

/// <summary>Builds the map's place labels from the served boundaries: a point inside each gemeente and wijk (never outside a crescent-shaped area).</summary>
public static class PlaceLabels
{
    private static readonly string[] Levels = ["gemeente", "wijk"];

    /// <summary>The labels of a served state, the largest (most buurten) first.</summary>
    public static PlacesResponse Build(ApiState s)
    {
        var buurtenPer = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var area in s.Data.Areas.Values)
        {
            if (area.Level != "buurt") continue;
            foreach (var parent in new[] { area.Wijk, s.Data.GemeenteOf(area) })
                if (parent is not null) buurtenPer[parent] = buurtenPer.GetValueOrDefault(parent) + 1;
        }
        var places = new List<PlaceDto>();
        foreach (var level in Levels.Where(TileService.Levels.Contains))
            foreach (var shape in s.Tiles.Shapes(level).ByCode.Values)
            {
                if (!s.Data.Areas.TryGetValue(shape.Code, out var area) || shape.Geometry.IsEmpty) continue;
                var point = shape.Geometry.InteriorPoint;
                places.Add(new PlaceDto(shape.Code, area.Name, level, Math.Round(point.X, 5), Math.Round(point.Y, 5), buurtenPer.GetValueOrDefault(shape.Code)));
            }
        return new PlacesResponse(places.OrderByDescending(p => p.Rank).ThenBy(p => p.Code, StringComparer.Ordinal).ToList());
    }
}
