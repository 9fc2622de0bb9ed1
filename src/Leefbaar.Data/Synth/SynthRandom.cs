namespace Leefbaar.Data.Synth;

/// <summary>SplitMix64: a tiny deterministic generator, identical on every platform and runtime, one per buurt so parallel generation stays reproducible.</summary>
public struct SynthRandom(ulong seed)
{
    private ulong _state = seed;

    /// <summary>A generator for stream <paramref name="stream"/> of <paramref name="seed"/>.</summary>
    public static SynthRandom For(int seed, int stream) => new((ulong)seed * 0x9E3779B97F4A7C15UL ^ ((ulong)stream + 1) * 0xD1B54A32D192ED03UL);

    /// <summary>Next 64 random bits.</summary>
    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>Uniform in [0, 1).</summary>
    public double Uniform() => (Next() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer in [0, n).</summary>
    public int Below(int n) => (int)(Uniform() * n);

    /// <summary>Standard normal (Box–Muller, one value per call).</summary>
    public double Gaussian() => Math.Sqrt(-2 * Math.Log(1 - Uniform())) * Math.Cos(2 * Math.PI * Uniform());

    /// <summary>Rounds <paramref name="expected"/> up or down at random so the mean is preserved.</summary>
    public int Round(double expected) { var f = Math.Floor(expected); return (int)f + (Uniform() < expected - f ? 1 : 0); }
}
