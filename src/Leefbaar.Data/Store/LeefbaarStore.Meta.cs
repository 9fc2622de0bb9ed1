namespace Leefbaar.Data.Store;

public sealed partial class LeefbaarStore
{
    /// <summary>True when the store holds the synthetic demo dataset; every output must then say so.</summary>
    public bool IsDemo() => Scalar<long>("SELECT count(*) FROM meta WHERE key = 'demo' AND value = 'true'") > 0;

    /// <summary>Marks the store as holding synthetic demo data.</summary>
    public void MarkDemo()
    {
        Execute("DELETE FROM meta WHERE key = 'demo'");
        Execute("INSERT INTO meta VALUES ('demo', 'true')");
    }
}
