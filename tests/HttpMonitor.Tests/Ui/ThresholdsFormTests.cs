using HttpMonitor.Tests.Support;
using HttpMonitor.Ui;

namespace HttpMonitor.Tests.Ui;

public sealed class ThresholdsFormTests
{
    private static readonly ThresholdsForm Valid = new("5", "60", "3", "30", "5");

    [Fact]
    public void ApplyTo_ValidValues_AllApplied()
    {
        var (options, problem) = Valid.ApplyTo(Some.Options);

        Assert.Null(problem);
        Assert.Equal((5.0, 60, 3.0, 30, 5),
            (options!.AverageTrafficThreshold, options.TrafficAlertInterval, options.MaxErrorsThreshold, options.ErrorsAlertInterval, options.StatisticsInterval));
    }

    [Fact]
    public void From_CurrentOptions_RoundTrips()
    {
        var (options, _) = ThresholdsForm.From(Some.Options).ApplyTo(Some.Options);

        Assert.Equal(Some.Options, options);
    }

    [Theory]
    [InlineData("abc", "60", "3", "30", "5", "Traffic threshold: \"abc\" is not a number")]
    [InlineData("-1", "60", "3", "30", "5", "Traffic threshold: must be 0 or more, not -1")]
    [InlineData("5", "0", "3", "30", "5", "Traffic window: must be a whole number of seconds above 0, not 0")]
    [InlineData("5", "1.5", "3", "30", "5", "Traffic window: \"1.5\" is not a whole number of seconds")]
    [InlineData("5", "60", "", "30", "5", "Error threshold: \"\" is not a number")]
    [InlineData("5", "60", "3", "-4", "5", "Error window: must be a whole number of seconds above 0, not -4")]
    [InlineData("5", "60", "3", "30", "x", "Statistics interval: \"x\" is not a whole number of seconds")]
    [InlineData("5", "90000", "3", "30", "5", "Traffic window: must be at most 86400 seconds (one day), not 90000")]
    [InlineData("5", "60", "3", "30", "100000", "Statistics interval: must be at most 86400 seconds (one day), not 100000")]
    [InlineData("NaN", "60", "3", "30", "5", "Traffic threshold: \"NaN\" is not a number")]
    public void ApplyTo_InvalidValue_RefusedWithProblemAndNoOptions(string traffic, string trafficWindow, string errors, string errorWindow, string stats, string expected)
    {
        var (options, problem) = new ThresholdsForm(traffic, trafficWindow, errors, errorWindow, stats).ApplyTo(Some.Options);

        Assert.Null(options);
        Assert.Equal(expected, problem);
    }

    [Fact]
    public void ApplyTo_ThresholdBelowRecoveryThreshold_Refused()
    {
        var (options, problem) = Valid.ApplyTo(Some.Options with { TrafficRecoveryThreshold = 8 });

        Assert.Null(options);
        Assert.StartsWith("trafficRecoveryThreshold:", problem, StringComparison.Ordinal);
    }
}
