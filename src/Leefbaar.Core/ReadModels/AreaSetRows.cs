namespace Leefbaar.Core.ReadModels;

/// <summary>One area of a set: a buurt code of the set's division and the entry of the set file it came from (the mapping shown to users).</summary>
public sealed record AreaSetMember(string Code, string Entry);

/// <summary>A named set of buurten as stored (tables area_sets, area_set_members).</summary>
public sealed record AreaSetRow(string Id, string Name, string Description, string Source, int Division, DateTime AddedAt, IReadOnlyList<AreaSetMember> Members);
