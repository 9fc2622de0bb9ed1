namespace Leefbaar.Model.Estimation;

/// <summary>One area's resident judgement from a survey: the mean score given by <see cref="N"/> respondents.</summary>
public sealed record Judgement(string Area, double MeanJudgement, int N);
