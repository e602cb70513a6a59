using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Collections;

namespace HttpMonitor.Core.Alerts;

/// <summary>What a closed second adds to a rule's window: all its hits, or those of the rule's section or vhost (a rule names one at most).</summary>
internal static class RuleFilter
{
    public static (Tally Tally, LatencySketch? Latency) Of(ClosedSecond second, AlertRule rule)
    {
        if (rule.Section is { } section)
        {
            foreach (var s in second.Sections)
            {
                if (s.Section == section)
                {
                    return (s.Tally, s.Latency);
                }
            }

            return default;
        }

        if (rule.Vhost is { } vhost)
        {
            foreach (var v in second.Vhosts)
            {
                if (v.Vhost == vhost)
                {
                    return (v.Tally, v.Latency);
                }
            }

            return default;
        }

        return (second.Tally, second.Latency);
    }
}
