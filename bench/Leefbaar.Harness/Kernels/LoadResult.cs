namespace Leefbaar.Harness.Kernels;

/// <summary>Latency and throughput of one load run against one endpoint.</summary>
public sealed record LoadResult(string Endpoint, string Mode, int Requests, int Errors, double Seconds, double P50Ms, double P99Ms, double MaxMs)
{
    /// <summary>Completed requests per second.</summary>
    public double Throughput => Requests / Seconds;

    /// <summary>Builds a result from per-request latencies in milliseconds.</summary>
    public static LoadResult From(string endpoint, string mode, List<double> latencies, int errors, double seconds)
    {
        latencies.Sort();
        double At(double q) => latencies.Count == 0 ? double.NaN : latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(q * latencies.Count) - 1)];
        return new LoadResult(endpoint, mode, latencies.Count, errors, seconds, At(0.50), At(0.99), latencies.Count == 0 ? double.NaN : latencies[^1]);
    }
}
