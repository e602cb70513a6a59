using HttpMonitor.Core.Clock;

namespace HttpMonitor.Core.Alerts;

/// <summary>What a closed second adds to a rule's window: all its hits, or those of the rule's section.</summary>
internal static class RuleFilter
{
    public static Tally Of(ClosedSecond second, AlertRule rule)
    {
        if (rule.Section is not { } section)
        {
            return second.Tally;
        }

        foreach (var s in second.Sections)
        {
            if (s.Section == section)
            {
                return s.Tally;
            }
        }

        return default;
    }
}
