using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Leefbaar.Core.Areas;

namespace Leefbaar.Core.Tests.Areas;

/// <summary>Every code shape AreaCode accepts or refuses, parents by code, and the 100 m cell ids.</summary>
public sealed class AreaCodeTests
{
    [Theory]
    [InlineData("BU03070100", AreaLevel.Buurt)]
    [InlineData("BU0363AF09", AreaLevel.Buurt)] // Amsterdam since 2022: letters after the gemeente digits
    [InlineData("WK030701", AreaLevel.Wijk)]
    [InlineData("WK0363AF", AreaLevel.Wijk)]
    [InlineData("GM0307", AreaLevel.Gemeente)]
    [InlineData("PV20", AreaLevel.Provincie)]
    [InlineData("PV26", AreaLevel.Provincie)]
    [InlineData("PV31", AreaLevel.Provincie)]
    [InlineData("NL00", AreaLevel.Land)]
    [InlineData("1000", AreaLevel.Pc4)]
    [InlineData("3811", AreaLevel.Pc4)]
    [InlineData("9999", AreaLevel.Pc4)]
    [InlineData("E1550N4630", AreaLevel.Cell)]
    [InlineData("E0000N0000", AreaLevel.Cell)]
    public void Parse_accepts_each_shape_with_its_level(string text, AreaLevel level)
    {
        var code = AreaCode.Parse(text);
        Assert.Equal(level, code.Level);
        Assert.Equal(text, code.Value);
        Assert.Equal(text, code.ToString());
    }

    [Theory]
    [InlineData("  BU03070100  ", "BU03070100")] // StatLine pads codes with spaces
    [InlineData("GM0307    ", "GM0307")]
    [InlineData("\tWK030701 ", "WK030701")]
    [InlineData("bu03070100", "BU03070100")]
    [InlineData("bu0363af09", "BU0363AF09")]
    [InlineData("wk0363af", "WK0363AF")]
    [InlineData("gm0307", "GM0307")]
    [InlineData("pv26", "PV26")]
    [InlineData("nl00", "NL00")]
    [InlineData("e1550n4630", "E1550N4630")]
    public void Parse_trims_padding_and_upper_cases(string text, string canonical)
    {
        Assert.Equal(canonical, AreaCode.Parse(text).Value);
        Assert.Equal(AreaCode.Parse(canonical), AreaCode.Parse(text));
    }

    [Theory]
    [InlineData("BU123")]
    [InlineData("BU0307010")] // 7 digits
    [InlineData("BU030701000")] // 9 digits
    [InlineData("BU03A70100")] // letters in the gemeente part
    [InlineData("BU0307010-")]
    [InlineData("WK03070")]
    [InlineData("WK0307011")]
    [InlineData("WKA30701")]
    [InlineData("GM12345")]
    [InlineData("GM123")]
    [InlineData("GM03A7")]
    [InlineData("PV19")]
    [InlineData("PV32")]
    [InlineData("PV00")]
    [InlineData("PV2A")]
    [InlineData("NL01")]
    [InlineData("0123")] // a PC4 never starts with 0
    [InlineData("123")]
    [InlineData("12345")]
    [InlineData("E155N463")]
    [InlineData("E1550X4630")]
    [InlineData("X1550N4630")]
    [InlineData("E155AN4630")]
    [InlineData("E1550N463A")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Amersfoort")]
    public void TryParse_refuses_other_shapes(string text)
    {
        Assert.False(AreaCode.TryParse(text, out var code));
        Assert.Equal(default, code);
    }

    [Fact]
    public void TryParse_refuses_null()
    {
        Assert.False(AreaCode.TryParse(null, out _));
        Assert.Throws<FormatException>(() => AreaCode.Parse(null));
    }

    [Fact]
    public void Parse_error_names_the_text_and_the_expected_forms()
    {
        var e = Assert.Throws<FormatException>(() => AreaCode.Parse("PV19"));
        Assert.Contains("'PV19'", e.Message);
        Assert.Contains("PV20–PV31", e.Message);
        Assert.Contains("GM+4", e.Message);
    }

    [Theory]
    [InlineData("BU03070100", "WK030701", "GM0307")]
    [InlineData("BU03072004", "WK030720", "GM0307")]
    [InlineData("BU0363AF09", "WK0363AF", "GM0363")]
    [InlineData("WK030701", "GM0307", "GM0307")]
    [InlineData("WK0363AF", "GM0363", "GM0363")]
    public void Parents_by_code_follow_the_CBS_rule(string text, string parent, string gemeente)
    {
        var code = AreaCode.Parse(text);
        Assert.Equal(AreaCode.Parse(parent), code.ParentByCode());
        Assert.Equal(AreaCode.Parse(gemeente), code.GemeenteByCode());
    }

    [Theory]
    [InlineData("GM0307")]
    [InlineData("PV26")]
    [InlineData("NL00")]
    [InlineData("3811")]
    [InlineData("E1550N4630")]
    public void Codes_above_wijk_and_outside_the_hierarchy_have_no_parent_by_code(string text)
    {
        var code = AreaCode.Parse(text);
        Assert.Null(code.ParentByCode());
        Assert.Null(code.GemeenteByCode());
    }

    [Theory]
    [InlineData(155000.0, 463000.0, "E1550N4630")]
    [InlineData(155099.99, 463099.99, "E1550N4630")]
    [InlineData(155100.0, 463100.0, "E1551N4631")]
    [InlineData(13_650.5, 306_001.0, "E0136N3060")]
    [InlineData(0.0, 0.0, "E0000N0000")]
    public void ForCell_names_the_square_containing_the_point(double x, double y, string expected)
    {
        var cell = AreaCode.ForCell(x, y);
        Assert.Equal(expected, cell.Value);
        Assert.Equal(AreaLevel.Cell, cell.Level);
    }

    [Fact]
    public void CellOrigin_is_the_lower_left_corner_in_metres()
    {
        Assert.Equal((155000.0, 463000.0), AreaCode.Parse("E1550N4630").CellOrigin());
        Assert.Equal((13600.0, 306000.0), AreaCode.Parse("E0136N3060").CellOrigin());
    }

    [Fact]
    public void CellOrigin_of_a_non_cell_throws()
    {
        var e = Assert.Throws<InvalidOperationException>(() => AreaCode.Parse("BU03070100").CellOrigin());
        Assert.Contains("BU03070100", e.Message);
    }

    [Fact]
    public void ForCell_refuses_points_west_of_the_RD_origin()
    {
        // A negative hectometre index has no E####N#### name.
        Assert.Throws<FormatException>(() => AreaCode.ForCell(-50, 463000));
    }

    /// <summary>RD New points over the Dutch extent, at millimetre resolution (x 0–300 km, y 300–625 km).</summary>
    private static Arbitrary<(double X, double Y)> RdPoints() =>
        Gen.Choose(0, 299_999_999).SelectMany(x => Gen.Choose(300_000_000, 624_999_999), (x, y) => (x / 1000.0, y / 1000.0)).ToArbitrary();

    [Property(MaxTest = 2000)]
    public Property ForCell_then_CellOrigin_is_the_floor_to_100_m() =>
        Prop.ForAll(RdPoints(), p =>
        {
            var (ox, oy) = AreaCode.ForCell(p.X, p.Y).CellOrigin();
            return ox <= p.X && p.X < ox + 100 && oy <= p.Y && p.Y < oy + 100 && ox % 100 == 0 && oy % 100 == 0;
        });

    [Property(MaxTest = 500)]
    public Property Cell_ids_round_trip_through_their_origin() =>
        Prop.ForAll(RdPoints(), p =>
        {
            var cell = AreaCode.ForCell(p.X, p.Y);
            var (ox, oy) = cell.CellOrigin();
            return AreaCode.ForCell(ox, oy) == cell && AreaCode.ForCell(ox + 99.999, oy + 99.999) == cell;
        });
}
