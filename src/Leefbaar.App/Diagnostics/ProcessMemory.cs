namespace Leefbaar.App.Diagnostics;

/// <summary>Peak resident memory of this process (Linux VmHWM), the figure the benchmark tables report.</summary>
public static class ProcessMemory
{
    /// <summary>Peak resident set size in MB, or the current working set when /proc is unavailable.</summary>
    public static double PeakMb()
    {
        try
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                    return long.Parse(line[6..].Trim().Split(' ')[0]) / 1024.0;
        }
        catch (IOException) { }
        return Environment.WorkingSet / (1024.0 * 1024.0);
    }
}
