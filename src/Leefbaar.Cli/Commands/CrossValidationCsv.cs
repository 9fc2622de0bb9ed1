using System.Globalization;
using System.Text;
using Leefbaar.Model.Estimation;

namespace Leefbaar.Cli.Commands;

/// <summary>Writes out-of-province predictions as CSV, for residual analysis outside Leefbaar.</summary>
public static class CrossValidationCsv
{
    private static readonly IReadOnlyList<string> Dims = Leefbaar.Core.Scores.Dimensions.Codes;

    /// <summary>One row per labelled area: code, province, official class, then official and predicted value per dimension.</summary>
    public static void Write(string file, CrossValidatedPredictions cv)
    {
        var sb = new StringBuilder("code,province,official_class," + string.Join(",", Dims.Select(d => $"{d},{d}_pred")) + "\n");
        for (var i = 0; i < cv.Codes.Length; i++)
        {
            sb.Append(cv.Codes[i]).Append(',').Append(cv.Provinces[i]).Append(',').Append(cv.OfficialClass[i]);
            for (var t = 0; t < Dims.Count; t++)
                sb.Append(',').Append(cv.Official[t][i].ToString("R", CultureInfo.InvariantCulture)).Append(',').Append(cv.Predicted[t][i].ToString("R", CultureInfo.InvariantCulture));
            sb.Append('\n');
        }
        File.WriteAllText(file, sb.ToString());
    }
}
