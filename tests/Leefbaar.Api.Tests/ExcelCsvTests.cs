using System.Globalization;
using System.Net;

namespace Leefbaar.Api.Tests;

/// <summary>The CSV variant for Dutch Excel (excel=nl): the same cells as the standard CSV, ';'-separated, decimal commas.</summary>
[Collection(ServerCollection.Name)]
public sealed class ExcelCsvTests(ServerFixture server)
{
    private readonly HttpClient _client = server.Client;
    private static readonly NumberFormatInfo DecimalComma = new() { NumberDecimalSeparator = ",", NumberGroupSeparator = "" };
    private const string Amersfoort = "/api/v1/scores/buurt/2024?gemeente=GM0307&pageSize=1000&format=csv";

    [Fact]
    public async Task Dutch_Excel_csv_has_the_standard_cells_with_semicolons_and_decimal_commas()
    {
        var standard = (await _client.GetStringAsync(Amersfoort)).TrimEnd('\n').Split('\n');
        var bytes = await _client.GetByteArrayAsync(Amersfoort + "&excel=nl");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]); // UTF-8 byte order mark: Excel then reads Súdwest-Fryslân right
        var excel = System.Text.Encoding.UTF8.GetString(bytes[3..]).TrimEnd('\n').Split('\n');

        Assert.Equal(standard.Length, excel.Length);
        Assert.Equal(standard[0].Replace(',', ';'), excel[0]);
        var numbers = 0;
        for (var i = 1; i < standard.Length; i++)
        {
            var a = standard[i].Split(','); // no Amersfoort buurt name holds a comma or semicolon
            var b = excel[i].Split(';');
            Assert.Equal(a.Length, b.Length);
            for (var j = 0; j < a.Length; j++)
            {
                if (a[j].Contains('.') && double.TryParse(a[j], NumberStyles.Float, CultureInfo.InvariantCulture, out var v))
                {
                    Assert.Equal(v, double.Parse(b[j], NumberStyles.Float, DecimalComma));
                    Assert.DoesNotContain('.', b[j]);
                    numbers++;
                }
                else Assert.Equal(a[j], b[j]);
            }
        }
        Assert.True(numbers > standard.Length, $"only {numbers} decimal cells compared");
    }

    [Fact]
    public async Task The_profile_offers_the_Dutch_Excel_csv_beside_the_standard_one()
    {
        var p = await _client.Json("/api/v1/areas/BU03070100");
        Assert.Equal(p.At("downloads.csv").GetString() + "&excel=nl", p.At("downloads.csvExcel").GetString());
    }

    [Fact]
    public async Task Excel_needs_nl_and_the_csv_format()
    {
        await _client.Problem(Amersfoort + "&excel=de", HttpStatusCode.BadRequest);
        await _client.Problem("/api/v1/scores/buurt/2024?gemeente=GM0307&excel=nl", HttpStatusCode.BadRequest);
    }
}
