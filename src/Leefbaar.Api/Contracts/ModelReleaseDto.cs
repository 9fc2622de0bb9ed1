using System.Text.Json;

namespace Leefbaar.Api.Contracts;

/// <summary>A fitted model release in a listing.</summary>
public sealed record ModelReleaseSummary(string Id, DateTime CreatedAt, string Target, bool HasModelCard);

/// <summary>The model releases, newest first (empty until a model is fitted).</summary>
public sealed record ModelReleaseList(bool Demo, string? Notice, IReadOnlyList<ModelReleaseSummary> Releases);

/// <summary>A model release in full: its release document and its model card (Markdown).</summary>
public sealed record ModelReleaseDetail(bool Demo, string? Notice, string Id, DateTime CreatedAt, string Target, JsonElement? Release, string ModelCard);
