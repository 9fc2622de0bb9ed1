using System.Text;

namespace Leefbaar.App.Tests.Reports;

/// <summary>The PPM reader and the pixel shares on a generated image, so the PDF checks rest on tested arithmetic.</summary>
public sealed class PageRasterTests
{
    [Fact]
    public void Reads_a_P6_image_with_a_comment_and_counts_ink_and_colour()
    {
        // 4 × 2 pixels: white, black, teal (#01665e), near-white grey; then four white.
        byte[] pixels = [255, 255, 255, 0, 0, 0, 0x01, 0x66, 0x5e, 240, 240, 240, .. Enumerable.Repeat((byte)255, 12)];
        var header = Encoding.ASCII.GetBytes("P6\n# made by a test\n4 2\n255\n");
        var page = PageRaster.ReadPpm([.. header, .. pixels]);
        Assert.Equal((4, 2), (page.Width, page.Height));
        Assert.Equal(2.0 / 8, page.InkShare);   // black and teal
        Assert.Equal(1.0 / 8, page.ColourShare); // teal only
    }

    [Fact]
    public void Rejects_a_truncated_image()
    {
        var data = Encoding.ASCII.GetBytes("P6 2 2 255\n").Concat(new byte[5]).ToArray();
        Assert.Throws<FormatException>(() => PageRaster.ReadPpm(data));
    }
}
