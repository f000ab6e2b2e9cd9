namespace Workbook.Vocabulary;

/// <summary>The standard normal distribution.</summary>
internal static class Normal
{
    /// <summary>Φ(z), the standard normal CDF, as ½·erfc(−z/√2) through <see cref="ChiSquare"/>'s incomplete gamma.</summary>
    public static double Cdf(double z)
    {
        var tail = 0.5 * ChiSquare.RegularizedGammaQ(0.5, z * z / 2);
        return z >= 0 ? 1 - tail : tail;
    }
}
