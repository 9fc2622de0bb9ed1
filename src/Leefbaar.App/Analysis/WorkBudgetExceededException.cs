using System.Globalization;

namespace Leefbaar.App.Analysis;

/// <summary>
/// A computation did not finish within its time budget and was stopped. <see cref="Queued"/> says whether it never
/// started because every worker was busy (worth retrying soon) or ran out of time itself (ask for less work).
/// </summary>
public sealed class WorkBudgetExceededException(TimeSpan budget, bool queued) : Exception(queued
    ? string.Create(CultureInfo.InvariantCulture, $"The server was busy for the whole time budget of {budget.TotalSeconds:0.#} s; try again shortly.")
    : string.Create(CultureInfo.InvariantCulture, $"The analysis took longer than its time budget of {budget.TotalSeconds:0.#} s and was stopped; ask for fewer permutations, a smaller distance band or a coarser level."))
{
    /// <summary>The budget that ran out.</summary>
    public TimeSpan Budget { get; } = budget;

    /// <summary>True when the work never got a worker.</summary>
    public bool Queued { get; } = queued;
}
