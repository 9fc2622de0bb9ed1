using Leefbaar.Api.Contracts;
using Leefbaar.Api.Serving;
using Leefbaar.App.WhatIf;
using Leefbaar.Model.Catalogue;
using Leefbaar.Model.Scoring;

namespace Leefbaar.Api.Endpoints;

/// <summary>POST /api/v1/whatif: a buurt's score with changed indicator values, as `leefbaar whatif`.</summary>
public static class WhatIfEndpoints
{
    /// <summary>The reminder every answer carries.</summary>
    public const string Notice = "Een samenhang in het model, geen voorspelling van oorzaak en gevolg. / An association in the model, not a causal prediction.";

    /// <summary>Maps the endpoint.</summary>
    public static void Map(RouteGroupBuilder api) =>
        api.MapPost("/whatif", (ApiState s, WhatIfService service, WhatIfRequest request, HttpContext http) => Ask(s, service, request, http.RequestAborted))
            .WithName("WhatIf")
            .RequireRateLimiting(Hosting.RateLimits.HeavyPolicy)
            .WithMetadata(new Microsoft.AspNetCore.Cors.DisableCorsAttribute()) // Hosting.CorsPolicy: only the map's own origin may spend a what-if budget
            .WithSummary("What-if: rescore one buurt with changed indicator values (absolute, relative '-20%' or 'as:BU…'); the change per dimension and class, the inputs and contributions that moved, extrapolation flags.")
            .Produces<WhatIfResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static async Task<IResult> Ask(ApiState s, WhatIfService service, WhatIfRequest request, CancellationToken cancel)
    {
        if (string.IsNullOrWhiteSpace(request.Code)) return Problems.BadRequest("code", request.Code, "a buurt code BU+8 characters");
        if (request.Set is not { Count: > 0 and <= 20 }) return Problems.BadRequest("set", request.Set?.Count.ToString(), "1 to 20 changes such as \"crime_per_1000=-20%\"");
        var changes = request.Set.Select(WhatIfChange.Parse).ToList();
        var r = await service.Ask(request.Code.Trim().ToUpperInvariant(), changes, request.Release, cancel);
        var catalogue = IndicatorCatalogue.Default;
        return TypedResults.Ok(new WhatIfResponse(s.Data.IsDemo, s.Data.IsDemo ? ApiState.DemoNotice : null, r.Before.Code, r.Before.Name, r.Release.Id,
            r.Changes.Select(c => c.ToString()).ToList(), Score(r.Before), Score(r.After),
            r.Inputs.Select(i => new WhatIfInput(i.Indicator, catalogue.Find(i.Indicator)?.NameNl, catalogue.Find(i.Indicator)?.NameEn,
                N(i.Before), N(i.After), i.Requested, N(i.SeenMin), N(i.SeenMax), i.Extrapolated)).ToList(),
            r.Contributions.Select(c => new WhatIfContribution(c.Indicator, c.Delta, c.Total)).ToList(), r.Notes, Notice));
    }

    private static WhatIfScore Score(AreaScore a) => new(a.Afw, a.Won, a.Fys, a.Vrz, a.Soc, a.Onv, a.Class, ClassLabel.Of(a.Class), N(a.PWeak));

    private static double? N(double v) => double.IsNaN(v) ? null : v;
}
