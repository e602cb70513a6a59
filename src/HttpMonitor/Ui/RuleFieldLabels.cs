namespace HttpMonitor.Ui;

/// <summary>Each field's name in the rules dialog, as its label and its problems say it.</summary>
internal static class RuleFieldLabels
{
    public static string Of(RuleField field) => field switch
    {
        RuleField.StatisticsInterval => "Statistics interval",
        _ => field.ToString(),
    };
}
