using Leefbaar.App.Analysis;

namespace Leefbaar.App.Tests.Analysis;

/// <summary>
/// The analysis cache's rules, each with computations that block on events so the order is forced, not timed:
/// one computation per key, others beside it, cancellation when the last caller leaves, a budget, remembered
/// failures and bounds. The generous waits only turn a deadlock into a failure.
/// </summary>
public sealed class SingleFlightCacheTests
{
    private static readonly TimeSpan Deadlock = TimeSpan.FromSeconds(60);

    private static SingleFlightCache<string> Cache(int capacity = 16, long maxWeight = 1000, TimeSpan? budget = null, int workers = 2) =>
        new(capacity, maxWeight, budget ?? TimeSpan.FromMinutes(5), workers, v => v.Length, e => e is ArgumentException);

    [Fact]
    public async Task Callers_of_one_key_share_one_computation()
    {
        var cache = Cache();
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        var first = cache.GetAsync("moran|a", _ => { started.Set(); release.Wait(Deadlock); return "I=0.41"; });
        Assert.True(started.Wait(Deadlock));
        var second = cache.GetAsync("moran|a", _ => "computed twice");
        release.Set();
        Assert.Equal("I=0.41", await first);
        Assert.Equal("I=0.41", await second);
        Assert.Equal("I=0.41", await cache.GetAsync("moran|a", _ => "computed again"));
        Assert.Equal(1, cache.Computations);
    }

    [Fact]
    public async Task Another_key_runs_while_a_long_one_is_still_computing()
    {
        var cache = Cache(workers: 2);
        using var longStarted = new ManualResetEventSlim();
        using var shortDone = new ManualResetEventSlim();
        // The long computation finishes only after the short one has run: under one global lock this deadlocks.
        var slow = cache.GetAsync("lisa|buurt", _ => { longStarted.Set(); return shortDone.Wait(Deadlock) ? "long" : "serialised"; });
        Assert.True(longStarted.Wait(Deadlock));
        Assert.Equal("short", await cache.GetAsync("moran|gemeente", _ => { shortDone.Set(); return "short"; }));
        Assert.Equal("long", await slow);
    }

    [Fact]
    public async Task When_the_last_caller_leaves_the_computation_is_cancelled_and_not_remembered()
    {
        var cache = Cache();
        using var started = new ManualResetEventSlim();
        using var stopped = new ManualResetEventSlim();
        using var client = new CancellationTokenSource();
        var call = cache.GetAsync("moran|buurt|9999", token =>
        {
            started.Set();
            while (!token.IsCancellationRequested) Thread.Sleep(1); // a permutation loop that checks its token
            stopped.Set();
            token.ThrowIfCancellationRequested();
            return "never";
        }, client.Token);
        Assert.True(started.Wait(Deadlock));
        client.Cancel(); // the client hangs up
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
        Assert.True(stopped.Wait(Deadlock), "the computation kept running after its only client left");
        Assert.Equal(0, cache.Count);
        Assert.Equal("again", await cache.GetAsync("moran|buurt|9999", _ => "again"));
        Assert.Equal(2, cache.Computations);
    }

    [Fact]
    public async Task A_computation_continues_while_one_of_its_callers_remains()
    {
        var cache = Cache();
        using var started = new ManualResetEventSlim();
        using var release = new ManualResetEventSlim();
        using var leaver = new CancellationTokenSource();
        var cancelledSeen = false;
        var first = cache.GetAsync("k", token => { started.Set(); release.Wait(Deadlock); cancelledSeen = token.IsCancellationRequested; return "value"; }, leaver.Token);
        Assert.True(started.Wait(Deadlock));
        var stayer = cache.GetAsync("k", _ => "other");
        leaver.Cancel();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        release.Set();
        Assert.Equal("value", await stayer);
        Assert.False(cancelledSeen);
    }

    [Fact]
    public async Task A_computation_over_its_budget_is_stopped_and_the_same_request_then_fails_at_once()
    {
        var cache = Cache(budget: TimeSpan.FromMilliseconds(200));
        var observed = false;
        var e = await Assert.ThrowsAsync<WorkBudgetExceededException>(() => cache.GetAsync("moran|band=100000", token =>
        {
            token.WaitHandle.WaitOne(Deadlock);
            observed = token.IsCancellationRequested;
            token.ThrowIfCancellationRequested();
            return "never";
        }));
        Assert.True(observed);
        Assert.False(e.Queued);
        Assert.Contains("time budget of 0.2 s", e.Message);
        await Assert.ThrowsAsync<WorkBudgetExceededException>(() => cache.GetAsync("moran|band=100000", _ => "recomputed"));
        Assert.Equal(1, cache.Computations);
    }

    [Fact]
    public async Task Work_that_never_gets_a_worker_within_its_budget_is_refused_without_being_remembered()
    {
        var cache = Cache(budget: TimeSpan.Zero);
        var e = await Assert.ThrowsAsync<WorkBudgetExceededException>(() => cache.GetAsync("k", _ => "value"));
        Assert.True(e.Queued);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task A_deterministic_failure_is_remembered_and_others_are_not()
    {
        var cache = Cache();
        var runs = 0;
        for (var i = 0; i < 3; i++)
            await Assert.ThrowsAsync<ArgumentException>(() => cache.GetAsync("moran|weights=hexagon", _ => { runs++; throw new ArgumentException("Unknown weights 'hexagon'."); }));
        Assert.Equal(1, runs);
        for (var i = 0; i < 2; i++)
            await Assert.ThrowsAsync<InvalidOperationException>(() => cache.GetAsync("bug", _ => { runs++; throw new InvalidOperationException("a bug"); }));
        Assert.Equal(3, runs);
    }

    [Fact]
    public async Task The_cache_stays_within_its_entry_count_and_weight()
    {
        var cache = Cache(capacity: 4, maxWeight: 12);
        for (var i = 0; i < 40; i++) await cache.GetAsync($"early-warning|x{i}", _ => "12345"); // weight 5 each
        Assert.InRange(cache.Count, 1, 2); // 3 × 5 = 15 > 12
        Assert.InRange(cache.Weight, 1, 12);
        var counted = new SingleFlightCache<string>(4, 1000, TimeSpan.FromMinutes(1), 2, _ => 1, _ => false);
        for (var i = 0; i < 40; i++) await counted.GetAsync($"k{i}", _ => "v");
        Assert.Equal(4, counted.Count);
        Assert.Equal("v", await counted.GetAsync("k39", _ => "evicted")); // the newest survived
    }
}
