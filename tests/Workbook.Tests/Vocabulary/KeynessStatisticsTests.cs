using Workbook.Vocabulary;

namespace Workbook.Tests.Vocabulary;

public class KeynessStatisticsTests
{
    // a = 10 of 100 target tokens, b = 5 of 200 reference tokens: E(a) = 15·100/300 = 5, E(b) = 10, E(c) = 95, E(d) = 190.
    [Fact]
    public void Log_likelihood_matches_the_four_cell_sum_worked_by_hand()
    {
        var byHand = 2 * (10 * Math.Log(10 / 5.0) + 5 * Math.Log(5 / 10.0) + 90 * Math.Log(90 / 95.0) + 195 * Math.Log(195 / 190.0));
        Assert.Equal(7.329811674221491, byHand, 12);
        Assert.Equal(byHand, KeynessStatistics.LogLikelihood(10, 5, 90, 195), 9);
        Assert.Equal(-byHand, KeynessStatistics.LogLikelihood(5, 10, 195, 90), 9);
    }

    [Fact]
    public void Chi_squared_without_correction_when_every_expected_cell_is_at_least_5()
    {
        // 300·(10·195 − 5·90)² / (15·285·100·200) = 7.894736842105263
        Assert.Equal(300.0 * 1500 * 1500 / (15.0 * 285 * 100 * 200), KeynessStatistics.ChiSquared(10, 5, 90, 195), 9);
    }

    [Fact]
    public void Chi_squared_with_yates_when_an_expected_cell_is_below_5()
    {
        // a = 3, b = 1, c = 47, d = 99: E(a) = 4·50/150 ≈ 1.33; 150·(|297 − 47| − 75)² / (4·146·50·100)
        Assert.Equal(1.5732020547945205, KeynessStatistics.ChiSquared(3, 1, 47, 99), 9);
    }

    [Fact]
    public void Log_ratio_uses_half_a_count_for_zero()
    {
        Assert.Equal(2.0, KeynessStatistics.LogRatio(10, 5, 100, 200), 9);
        Assert.Equal(-3.0, KeynessStatistics.LogRatio(0, 4, 100, 100), 9);
        Assert.Equal(3.0, KeynessStatistics.LogRatio(4, 0, 100, 100), 9);
    }

    [Theory]
    [InlineData(3.841458820694124, 0.05)]
    [InlineData(6.634896601021214, 0.01)]
    [InlineData(10.827566170662733, 0.001)]
    [InlineData(0.0, 1.0)]
    public void P_values_follow_chi_squared_with_one_degree_of_freedom(double statistic, double p)
    {
        Assert.Equal(p, KeynessStatistics.PValue(statistic), 9);
        Assert.Equal(p, KeynessStatistics.PValue(-statistic), 9);
    }

    [Fact]
    public void Normal_cdf_matches_known_values()
    {
        Assert.Equal(0.8413447460685429, Normal.Cdf(1), 12);
        Assert.Equal(0.15865525393145707, Normal.Cdf(-1), 12);
        Assert.Equal(0.5, Normal.Cdf(0), 12);
    }

    [Fact]
    public void Log_gamma_matches_factorials() => Assert.Equal(Math.Log(120), ChiSquare.LogGamma(6), 12);
}
