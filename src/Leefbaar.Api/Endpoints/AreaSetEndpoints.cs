using Leefbaar.Analysis.Sets;
using Leefbaar.Api.Contracts;
using Leefbaar.Api.Serving;
using Leefbaar.App.AreaSets;

namespace Leefbaar.Api.Endpoints;

/// <summary>GET /api/v1/sets and /api/v1/sets/{id}: named area sets and their report, as `leefbaar sets list|show`.</summary>
public static class AreaSetEndpoints
{
    private static readonly string[] Sources = ["official", "model"];

    /// <summary>Maps the endpoints.</summary>
    public static void Map(RouteGroupBuilder api)
    {
        api.MapGet("/sets", (ApiState s, AreaSetQueries q) => TypedResults.Ok(new AreaSetList(s.Data.IsDemo, s.Data.IsDemo ? ApiState.DemoNotice : null,
                q.List().Select(x => new AreaSetSummaryDto(x.Id, x.Name, x.Description, x.Source, x.Division, x.Members.Count)).ToList())))
            .WithName("AreaSets").WithSummary("The stored area sets (added with `leefbaar sets add FILE`).");
        api.MapGet("/sets/{id}", Report).WithName("AreaSet")
            .WithSummary("One area set: residents per class, inhabitant-weighted dimensions, and the set against its ring of neighbouring buurten (waterbed check), the rest of its gemeenten and Nederland; source=official|model (default official when every member has one).")
            .Produces<AreaSetReportDto>().ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static IResult Report(ApiState s, AreaSetQueries q, string id, string? source)
    {
        if (id.Length is 0 or > 60) return Problems.BadRequest("id", id, "a set id of 1–60 characters");
        if (source is not null && !Sources.Contains(source)) return Problems.BadRequest("source", source, "official or model");
        var r = q.Report(id, source);
        var nl = r.Source == "official" ? " (buurten met een officiële score)" : "";
        var en = r.Source == "official" ? " (buurten with an official score)" : "";
        AreaSetGroupDto G(SetGroupSummary g, string labelNl, string labelEn) => new(g.Group, labelNl, labelEn, g.Buurten, Math.Round(g.Inhabitants, 1),
            N(g.Afw), N(g.Won), N(g.Fys), N(g.Vrz), N(g.Soc), N(g.Onv), g.ResidentsPerClass, N(g.ShareWeak));
        return TypedResults.Ok(new AreaSetReportDto(s.Data.IsDemo, s.Data.IsDemo ? ApiState.DemoNotice : null, r.Set.Id, r.Set.Name, r.Set.Description, r.Set.Source,
            r.Set.Division, r.Source, r.Release, r.Year,
            [
                G(r.Summary.Set, "De set", "The set"), G(r.Summary.Ring, "Ring van aangrenzende buurten", "Ring of neighbouring buurten"),
                G(r.Summary.RestOfGemeenten, "Rest van de gemeente(n)", "Rest of its gemeenten"), G(r.Summary.Nederland, "Nederland" + nl, "Netherlands" + en),
            ],
            r.Members.Select(m => new AreaSetMemberDto(m.Code, m.Name, m.Gemeente, m.Entry, m.Afw, m.Class, ClassLabel.Of(m.Class), Math.Round(m.Inhabitants, 1))).ToList(),
            r.Ring, r.TrendRelease, r.Trend.Select(t => new AreaSetTrendDto(t.Year, R(t.Set), R(t.Ring), R(t.Nederland))).ToList()));
    }

    private static double? R(double? v) => v is { } x ? Math.Round(x, 6) : null;

    private static double? N(double v) => double.IsNaN(v) ? null : Math.Round(v, 6);
}
