using System.Globalization;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Ui;

/// <summary>The values typed in the thresholds dialog, checked all together: either all apply or none does.</summary>
internal sealed record ThresholdsForm(string TrafficThreshold, string TrafficWindow, string ErrorThreshold, string ErrorWindow, string StatisticsInterval)
{
    /// <summary>The dialog's name for each setting it edits, so that a problem names the field, not the config key.</summary>
    private static readonly Dictionary<string, string> Fields = new()
    {
        [nameof(MonitorOptions.AverageTrafficThreshold)] = "Traffic threshold",
        [nameof(MonitorOptions.TrafficAlertInterval)] = "Traffic window",
        [nameof(MonitorOptions.MaxErrorsThreshold)] = "Error threshold",
        [nameof(MonitorOptions.ErrorsAlertInterval)] = "Error window",
        [nameof(MonitorOptions.StatisticsInterval)] = "Statistics interval",
    };

    public static ThresholdsForm From(MonitorOptions o) => new(
        o.AverageTrafficThreshold.ToString(CultureInfo.InvariantCulture),
        o.TrafficAlertInterval.ToString(CultureInfo.InvariantCulture),
        o.MaxErrorsThreshold.ToString(CultureInfo.InvariantCulture),
        o.ErrorsAlertInterval.ToString(CultureInfo.InvariantCulture),
        o.StatisticsInterval.ToString(CultureInfo.InvariantCulture));

    /// <summary>The options with the typed values, or the first problem as a sentence for the dialog.</summary>
    public (MonitorOptions? Options, string? Problem) ApplyTo(MonitorOptions current)
    {
        if (Number(TrafficThreshold, Fields[nameof(MonitorOptions.AverageTrafficThreshold)]) is { } problem1) return (null, problem1);
        if (Whole(TrafficWindow, Fields[nameof(MonitorOptions.TrafficAlertInterval)]) is { } problem2) return (null, problem2);
        if (Number(ErrorThreshold, Fields[nameof(MonitorOptions.MaxErrorsThreshold)]) is { } problem3) return (null, problem3);
        if (Whole(ErrorWindow, Fields[nameof(MonitorOptions.ErrorsAlertInterval)]) is { } problem4) return (null, problem4);
        if (Whole(StatisticsInterval, Fields[nameof(MonitorOptions.StatisticsInterval)]) is { } problem5) return (null, problem5);

        var options = current with
        {
            AverageTrafficThreshold = double.Parse(TrafficThreshold.Trim(), CultureInfo.InvariantCulture),
            TrafficAlertInterval = int.Parse(TrafficWindow.Trim(), CultureInfo.InvariantCulture),
            MaxErrorsThreshold = double.Parse(ErrorThreshold.Trim(), CultureInfo.InvariantCulture),
            ErrorsAlertInterval = int.Parse(ErrorWindow.Trim(), CultureInfo.InvariantCulture),
            StatisticsInterval = int.Parse(StatisticsInterval.Trim(), CultureInfo.InvariantCulture),
        };
        return OptionsValidator.Check(options) is not { } problem ? (options, null)
            : Fields.TryGetValue(problem.Property, out string? field) ? (null, $"{field}: {problem.Problem}")
            : (null, problem.ToString());
    }

    private static string? Number(string text, string field) =>
        double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value)
            ? value < 0 ? $"{field}: must be 0 or more, not {text.Trim()}" : null
            : $"{field}: \"{Shown(text)}\" is not a number";

    private static string? Whole(string text, string field) =>
        int.TryParse(text.Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out int value)
            ? value <= 0 ? $"{field}: must be a whole number of seconds above 0, not {text.Trim()}" : null
            : $"{field}: \"{Shown(text)}\" is not a whole number of seconds";

    private static string Shown(string text) => Output.TextFormat.Fit(Output.TerminalText.Escape(text.Trim()), 16);
}
