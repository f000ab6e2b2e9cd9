using System.Security.Cryptography;
using System.Text;
using Workbook.Charts;
using Workbook.Display;

namespace Workbook.Notebooks;

/// <summary>A figure that needs a static picture, with a key that changes whenever the picture would.</summary>
/// <param name="Key">SHA-256 (hex) of the figure JSON and the plotly.js version.</param>
/// <param name="Figure">The figure.</param>
public sealed record PictureRequest(string Key, Figure Figure)
{
    /// <summary>Makes the request for <paramref name="figure"/>.</summary>
    public static PictureRequest For(Figure figure)
    {
        var bytes = Encoding.UTF8.GetBytes(PlotlyScript.Version + "\n" + FigureJson.Serialize(figure));
        return new PictureRequest(Convert.ToHexStringLower(SHA256.HashData(bytes)), figure);
    }
}
