namespace Workbook.Vocabulary;

/// <summary>
/// Keyness statistics for one term from its 2×2 table: a = count in target, b = count in reference,
/// c = target tokens − a, d = reference tokens − b (definitions as AntConc and quanteda).
/// </summary>
internal static class KeynessStatistics
{
    /// <summary>G² (log-likelihood): 2·Σ O·ln(O/E) over the four cells, no correction; positive when a exceeds its expected count.</summary>
    public static double LogLikelihood(long a, long b, long c, long d)
    {
        var n = (double)(a + b + c + d);
        if (n == 0) return 0;
        var (ea, eb, ec, ed) = Expected(a, b, c, d);
        var g2 = 2 * (Term(a, ea) + Term(b, eb) + Term(c, ec) + Term(d, ed));
        return a >= ea ? g2 : -g2;
    }

    /// <summary>
    /// Pearson's χ² = N·(|ad − bc|)² / ((a+b)(c+d)(a+c)(b+d)), with Yates' correction (|ad − bc| − N/2)
    /// only when some expected cell is below 5, as quanteda does; signed like <see cref="LogLikelihood"/>.
    /// </summary>
    public static double ChiSquared(long a, long b, long c, long d)
    {
        var n = (double)(a + b + c + d);
        var denominator = (double)(a + b) * (c + d) * (a + c) * (b + d);
        if (denominator == 0) return 0;
        var (ea, eb, ec, ed) = Expected(a, b, c, d);
        var difference = Math.Abs((double)a * d - (double)b * c);
        if (Math.Min(Math.Min(ea, eb), Math.Min(ec, ed)) < 5) difference = Math.Max(0, difference - n / 2);
        var chi2 = n * difference * difference / denominator;
        return a >= ea ? chi2 : -chi2;
    }

    /// <summary>Hardie's Log Ratio: log₂((a/T)/(b/R)), with 0.5 in place of a zero count.</summary>
    public static double LogRatio(long a, long b, long targetTotal, long referenceTotal) =>
        Math.Log2((Math.Max(a, 0.5) / targetTotal) / (Math.Max(b, 0.5) / referenceTotal));

    /// <summary>p of a signed G² or χ² against χ² with one degree of freedom.</summary>
    public static double PValue(double statistic) => ChiSquare.UpperTail(Math.Abs(statistic));

    /// <summary>Expected counts of the four cells from the margins.</summary>
    public static (double A, double B, double C, double D) Expected(long a, long b, long c, long d)
    {
        var n = (double)(a + b + c + d);
        return ((a + b) * (double)(a + c) / n, (a + b) * (double)(b + d) / n, (c + d) * (double)(a + c) / n, (c + d) * (double)(b + d) / n);
    }

    private static double Term(long observed, double expected) => observed == 0 ? 0 : observed * Math.Log(observed / expected);
}
