using Leefbaar.Core.Text;

namespace Leefbaar.Core.Tests.Text;

public sealed class CsvFieldTests
{
    [Theory]
    [InlineData("Amersfoort", ',', "Amersfoort")]
    [InlineData("Bergen (NH.)", ',', "Bergen (NH.)")]
    [InlineData("Noord, Oost", ',', "\"Noord, Oost\"")]
    [InlineData("Noord, Oost", ';', "Noord, Oost")]         // Dutch Excel: ';' separates, the comma is text
    [InlineData("0,25;0,5", ';', "\"0,25;0,5\"")]
    [InlineData("'t \"Hof\"", ',', "\"'t \"\"Hof\"\"\"")]
    [InlineData("line\nbreak", ',', "\"line\nbreak\"")]
    [InlineData("", ',', "")]
    public void Quotes_only_what_needs_quoting(string value, char separator, string expected) =>
        Assert.Equal(expected, CsvField.Escape(value, separator));

    [Fact]
    public void Null_is_an_empty_field() => Assert.Equal("", CsvField.Escape(null));
}
