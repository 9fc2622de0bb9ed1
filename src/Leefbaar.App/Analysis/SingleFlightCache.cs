using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;

namespace Leefbaar.App.Analysis;

/// <summary>
/// Computes values by key at most once at a time and remembers them, for work that is expensive and asked for by
/// many clients at once (analysis statistics):
/// <list type="bullet">
/// <item>single flight per key: callers asking for a key being computed wait for that computation, other keys run
/// beside it, up to <c>workers</c> at a time (no global lock);</item>
/// <item>a time budget per computation (queueing included), after which its token is cancelled;</item>
/// <item>when every caller of a computation has left (their tokens cancelled), the computation is cancelled too;</item>
/// <item>results and deterministic failures (those <c>remember</c> accepts, and a computation that ran out of its
/// budget) are kept, bounded by an entry count and a total weight, oldest use evicted first.</item>
/// </list>
/// Thread-safe. The compute function must observe its token to be stoppable.
/// </summary>
public sealed class SingleFlightCache<T>(int capacity, long maxWeight, TimeSpan budget, int workers, Func<T, long> weigh, Func<Exception, bool> remember)
    where T : class
{
    private sealed record Entry(T? Value, Exception? Error, long Weight)
    {
        public long Stamp;
    }

    private sealed class Flight
    {
        public required CancellationTokenSource Cts;
        public Task<T> Task = null!;
        public int Waiters;
        public bool Abandoned, Done;
    }

    private readonly ConcurrentDictionary<string, Entry> _done = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Flight> _flying = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _gate = new(workers, workers);
    private readonly Lock _evict = new();
    private long _clock, _weight, _computations;

    /// <summary>How many computations were started (cache misses that did not join a running one).</summary>
    public long Computations => Interlocked.Read(ref _computations);

    /// <summary>Remembered entries (values and failures).</summary>
    public int Count => _done.Count;

    /// <summary>The summed weight of the remembered entries.</summary>
    public long Weight => Interlocked.Read(ref _weight);

    /// <summary>The time budget of one computation.</summary>
    public TimeSpan Budget => budget;

    /// <summary>
    /// The value of <paramref name="key"/>: remembered, joined from a running computation, or computed now. Throws a
    /// remembered failure again, <see cref="WorkBudgetExceededException"/> when the budget ran out, and
    /// <see cref="OperationCanceledException"/> when <paramref name="cancel"/> fires first.
    /// </summary>
    public async Task<T> GetAsync(string key, Func<CancellationToken, T> compute, CancellationToken cancel = default)
    {
        if (Lookup(key, out var known)) return known;
        Flight flight;
        lock (_flying)
        {
            if (Lookup(key, out known)) return known;
            if (!_flying.TryGetValue(key, out flight!))
            {
                flight = new Flight { Cts = new CancellationTokenSource(budget) };
                flight.Task = Run(key, flight, compute);
                _flying[key] = flight;
                Interlocked.Increment(ref _computations);
            }
            flight.Waiters++;
        }
        try
        {
            return await flight.Task.WaitAsync(cancel);
        }
        finally
        {
            lock (_flying)
            {
                // The last caller gone before the result: nobody wants it, so stop the work.
                if (--flight.Waiters == 0 && !flight.Done && cancel.IsCancellationRequested)
                {
                    flight.Abandoned = true;
                    flight.Cts.Cancel();
                }
            }
        }
    }

    private bool Lookup(string key, out T value)
    {
        value = null!;
        if (!_done.TryGetValue(key, out var e)) return false;
        e.Stamp = Interlocked.Increment(ref _clock);
        if (e.Error is not null) ExceptionDispatchInfo.Throw(e.Error);
        value = e.Value!;
        return true;
    }

    private Task<T> Run(string key, Flight flight, Func<CancellationToken, T> compute) => Task.Run(async () =>
    {
        var token = flight.Cts.Token;
        var started = false;
        try
        {
            await _gate.WaitAsync(token);
            started = true;
            var value = compute(token);
            Remember(key, new Entry(value, null, Math.Max(1, weigh(value))));
            return value;
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            if (flight.Abandoned) throw;
            var timeout = new WorkBudgetExceededException(budget, queued: !started);
            if (started) Remember(key, new Entry(null, timeout, 1)); // the same request would run out again
            throw timeout;
        }
        catch (Exception e) when (remember(e))
        {
            Remember(key, new Entry(null, e, 1));
            throw;
        }
        finally
        {
            if (started) _gate.Release();
            lock (_flying)
            {
                flight.Done = true;
                _flying.Remove(key);
            }
            flight.Cts.Dispose();
        }
    });

    private void Remember(string key, Entry entry)
    {
        entry.Stamp = Interlocked.Increment(ref _clock);
        lock (_evict)
        {
            if (_done.TryRemove(key, out var old)) _weight -= old.Weight;
            _done[key] = entry;
            _weight += entry.Weight;
            if (_done.Count <= capacity && _weight <= maxWeight) return;
            // Oldest use first until both bounds hold again; the new entry goes last (alone it may exceed the weight).
            foreach (var (k, e) in _done.Where(kv => kv.Key != key).OrderBy(kv => kv.Value.Stamp).ToList())
            {
                if (_done.Count <= capacity && _weight <= maxWeight) break;
                if (_done.TryRemove(k, out _)) _weight -= e.Weight;
            }
        }
    }
}
