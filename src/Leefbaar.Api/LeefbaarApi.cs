using Leefbaar.App.AreaSets;
using Leefbaar.App.CustomAreas;
using Leefbaar.App.WhatIf;
using Leefbaar.App.Reports;
using System.Text.Json.Serialization;
using Leefbaar.Api.Endpoints;
using Leefbaar.Api.Hosting;
using Leefbaar.Api.Serving;
using Leefbaar.App.Serving;
using Leefbaar.App.Analysis;
using Microsoft.AspNetCore.StaticFiles;
using Microsoft.Extensions.FileProviders;

namespace Leefbaar.Api;

/// <summary>Builds the Leefbaar web application: the /api/v1 minimal API, its OpenAPI document and the static web map.</summary>
public static class LeefbaarApi
{
    /// <summary>
    /// Loads the store (read-only) and builds the app listening on <paramref name="urls"/> (use http://127.0.0.1:0
    /// for a free port). <paramref name="webRoot"/> overrides where the built front end is looked for.
    /// </summary>
    /// <paramref name="basemap"/> is the optional background map the web map draws (<see cref="Basemap"/>).
    /// <paramref name="analysisBudget"/> overrides the time budget of one analysis (<see cref="AnalysisService.DefaultBudget"/>),
    /// <paramref name="analysisWait"/> how long a request waits before its analysis becomes a job (<see cref="AnalysisJobs.DefaultWait"/>).
    public static WebApplication Build(string storePath, string[] urls, string? webRoot = null, RateLimits? limits = null, TimeSpan? analysisBudget = null,
        Basemap? basemap = null, TimeSpan? analysisWait = null)
    {
        // One consistent snapshot: everything is read from a private copy, so an import into the store meanwhile
        // changes nothing that is served (docs/reliability.md, "Concurrent readers").
        var copy = StoreCopy.Take(storePath);
        ServingData data;
        try { data = ServingData.Load(copy.Path, shownPath: storePath); }
        catch { copy.Dispose(); throw; }
        var state = new ApiState(data, basemap);
        var root = webRoot ?? WebRoot.Find();

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
        builder.WebHost.UseUrls(urls);
        RequestLimits.Configure(builder.WebHost);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(_ => copy);
        var analysis = AnalysisService.OfFile(data.ReadPath, analysisBudget);
        builder.Services.AddSingleton(analysis);
        builder.Services.AddSingleton(new AnalysisJobs(analysis, analysisWait));
        builder.Services.AddSingleton<MethodNotAllowed>();
        CorsPolicy.Register(builder.Services);
        builder.Services.AddSingleton(new ReportService(data.ReadPath));
        builder.Services.AddSingleton(new WhatIfService(data.ReadPath));
        builder.Services.AddSingleton(new CustomAreaService(data.ReadPath));
        builder.Services.AddSingleton(new AreaSetQueries(data.ReadPath));
        (limits ?? RateLimits.Default).Register(builder.Services);
        builder.Services.AddProblemDetails();
        builder.Services.AddExceptionHandler<DomainErrorHandler>();
        builder.Services.AddOpenApi("v1", o => o.AddDocumentTransformer((doc, _, _) =>
        {
            doc.Info.Title = "Leefbaar API";
            doc.Info.Version = "v1";
            doc.Info.Description = "Livability scores of Dutch areas: official Leefbaarometer releases and the Leefbaar model. Analysis statistics: " +
                                   string.Join(" ", Leefbaar.Analysis.AnalysisCatalog.All.Select(a => $"[{a.Name}] {a.Description}")) +
                                   (data.IsDemo ? " " + ApiState.DemoNotice : "");
            return Task.CompletedTask;
        }));
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull);

        var app = builder.Build();
        // Removed when the server stops, and also when the app is only disposed (tests): the container disposes what its factory made.
        app.Lifetime.ApplicationStopped.Register(copy.Dispose);
        app.Services.GetRequiredService<StoreCopy>();
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseLeefbaarHeaders(data.IsDemo, basemap?.Origin);
        app.UseRequestTargetLimit();
        app.UseCors(); // before the limiter, so a foreign reader also sees a 429's Retry-After
        app.UseRateLimiter();
        if (root is not null)
        {
            var files = new PhysicalFileProvider(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            var types = new FileExtensionContentTypeProvider();
            types.Mappings[".mjs"] = "text/javascript"; // MapLibre's module worker must be served as JavaScript
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files, ContentTypeProvider = types });
        }
        else
        {
            app.MapGet("/", () => Results.Content(WebRoot.MissingPage, "text/html; charset=utf-8")).ExcludeFromDescription();
        }

        app.MapOpenApi("/openapi/{documentName}.json");
        var api = app.MapGroup("/api/v1");
        api.RequireCors(CorsPolicy.OpenRead);
        SystemEndpoints.Map(api);
        AreaEndpoints.Map(api);
        ScoreEndpoints.Map(api);
        CompareEndpoints.Map(api);
        ModelEndpoints.Map(api);
        IndicatorEndpoints.Map(api);
        TileEndpoints.Map(api);
        AnalysisEndpoints.Map(api);
        AnalysisJobEndpoints.Map(api);
        ReportEndpoints.Map(api);
        WhatIfEndpoints.Map(api);
        CustomAreaEndpoints.Map(api);
        AreaSetEndpoints.Map(api);
        api.MapFallback("{*path}", (MethodNotAllowed methods, HttpContext http) => methods.Answer(http)).ExcludeFromDescription();
        return app;
    }

    /// <summary>The state of a built app (for warming caches and benchmarks).</summary>
    public static ApiState State(this WebApplication app) => app.Services.GetRequiredService<ApiState>();
}
