using Leefbaar.App.Reports;

namespace Leefbaar.App.Workspaces;

// The wijkdiagnose and the national report.
public sealed partial class Workspace
{
    /// <summary>Writes a wijkdiagnose or the national report (HTML, and PDF when chromium is there).</summary>
    public ReportOutput Report(ReportRequest request, Action<string>? progress = null) => ReportGenerator.Generate(Store, request, progress);
}
