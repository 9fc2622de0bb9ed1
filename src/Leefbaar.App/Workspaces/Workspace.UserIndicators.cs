using Leefbaar.App.UserIndicators;

namespace Leefbaar.App.Workspaces;

// A gemeente's own indicators.
public sealed partial class Workspace
{
    /// <summary>Checks and stores a gemeente's own indicator values with their catalogue entries.</summary>
    public (IReadOnlyList<UserIndicator> Indicators, int Values) AddUserIndicators(string valuesCsv, string catalogueJson, int year, DateTime now) =>
        UserIndicatorService.Add(Store, valuesCsv, catalogueJson, year, now);

    /// <summary>The stored user indicators.</summary>
    public List<UserIndicator> UserIndicators() => UserIndicatorService.List(Store);
}
