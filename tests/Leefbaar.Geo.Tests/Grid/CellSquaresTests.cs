using Leefbaar.Core.Areas;
using Leefbaar.Geo.Grid;

namespace Leefbaar.Geo.Tests.Grid;

public class CellSquaresTests
{
    [Fact]
    public void A_cell_is_the_closed_100_m_square_from_its_lower_left_corner()
    {
        var square = CellSquares.Square(AreaCode.Parse("E2339N5824"));
        Assert.Equal(10_000, square.Area, 9);
        Assert.True(square.IsValid);
        Assert.True(square.Shell.IsClosed);
        Assert.Equal(28992, square.SRID);
        var env = square.EnvelopeInternal;
        Assert.Equal((233_900, 582_400, 234_000, 582_500), (env.MinX, env.MinY, env.MaxX, env.MaxY));
        // The square's centre maps back to the same code.
        Assert.Equal("E2339N5824", AreaCode.ForCell(square.Centroid.X, square.Centroid.Y).Value);
    }

    [Fact]
    public void Only_cells_have_squares() =>
        Assert.Throws<InvalidOperationException>(() => CellSquares.Square(AreaCode.Parse("BU00140000")));
}
