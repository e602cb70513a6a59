using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Clock;
using HttpMonitor.Core.Pipeline;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// The monitor's events folded into what the endpoints serve: counts since start per section and
/// vhost label (<see cref="TopLabels"/>), the response times, the rules' standings, the latest
/// window. Each event gives the next <see cref="MetricsSnapshot"/>; only the parts it changes are
/// built again. The line counts are not events: <see cref="MetricsBoard"/> reads them.
/// </summary>
/// <remarks>
/// Counts come from closed seconds, so they use the effective time and never go back. A rule that
/// got no status in the latest second's evaluation is no longer in force (rules changed while
/// running) and leaves the standings.
/// </remarks>
internal sealed class MetricsFold(int top)
{
    private readonly TopLabels _sectionLabels = new(top);
    private readonly TopLabels _vhostLabels = new(top);
    private readonly Dictionary<string, Tally> _sections = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Tally> _vhosts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AlertStatus> _statuses = new(StringComparer.Ordinal); // by rule name
    private readonly Dictionary<string, AlertEvent> _triggers = new(StringComparer.Ordinal);  // of the alerts firing, by rule name
    private readonly List<string> _ruleOrder = [];
    private readonly DurationCounts _durations = new();
    private readonly HashSet<string> _evaluated = new(StringComparer.Ordinal); // rules with a status since the latest second
    private MetricsSnapshot _snapshot = MetricsSnapshot.Empty;

    public MetricsSnapshot Next(MonitorEvent e) => _snapshot = e switch
    {
        ClosedSecond second => Add(second),
        WindowStats window => _snapshot with { Window = window },
        AlertEvent alert => With(alert),
        AlertStatus status => With(status),
        _ => _snapshot,
    };

    /// <summary>The monitor has ended: the last state, with the final line counts when given.</summary>
    public MetricsSnapshot Finish(LineCounts? final) =>
        _snapshot = _snapshot with { Finished = true, Lines = final is null ? _snapshot.Lines : LineTotals.Of(final) };

    private MetricsSnapshot Add(ClosedSecond second)
    {
        ForgetRulesNotEvaluated();
        var snapshot = _snapshot with { Clock = second.Time };
        if (second.Tally.Hits == 0)
        {
            return snapshot;
        }

        if (second.Latency is not null)
        {
            _durations.Add(second.Latency);
            snapshot = snapshot with { Durations = _durations.Histogram() };
        }

        foreach (var section in second.Sections)
        {
            if (section.Section != OpenSecond.OtherSection)
            {
                _sectionLabels.Add(section.Section, section.Hits);
            }
        }

        foreach (var vhost in second.Vhosts)
        {
            _vhostLabels.Add(vhost.Vhost, vhost.Hits);
        }

        _sectionLabels.Admit();
        _vhostLabels.Admit();
        foreach (var section in second.Sections)
        {
            Count(_sections, _sectionLabels.Of(section.Section), section.Tally);
        }

        foreach (var vhost in second.Vhosts)
        {
            Count(_vhosts, _vhostLabels.Of(vhost.Vhost), vhost.Tally);
        }

        return snapshot with { Sections = Counts(_sections), Vhosts = second.Vhosts.Count > 0 ? Counts(_vhosts) : snapshot.Vhosts };
    }

    private MetricsSnapshot With(AlertEvent alert)
    {
        if (alert.Triggered)
        {
            _triggers[alert.Rule.Name] = alert;
        }
        else
        {
            _triggers.Remove(alert.Rule.Name);
        }

        return _snapshot with { Alerts = Standings() };
    }

    private MetricsSnapshot With(AlertStatus status)
    {
        string name = status.Rule.Name;
        if (!_statuses.ContainsKey(name))
        {
            _ruleOrder.Add(name);
        }

        _statuses[name] = status;
        _evaluated.Add(name);
        return _snapshot with { Alerts = Standings() };
    }

    /// <summary>Each closed second is followed by every rule's status: a rule without one in the latest second was removed.</summary>
    private void ForgetRulesNotEvaluated()
    {
        foreach (string name in _ruleOrder.Where(name => !_evaluated.Contains(name)).ToList())
        {
            _ruleOrder.Remove(name);
            _statuses.Remove(name);
            _triggers.Remove(name);
        }

        _evaluated.Clear();
    }

    private AlertStanding[] Standings() =>
        [.. _ruleOrder.Select(name => _statuses[name]).Select(s => new AlertStanding(s, s.Active ? _triggers.GetValueOrDefault(s.Rule.Name) : null))];

    private static void Count(Dictionary<string, Tally> counts, string label, Tally tally) =>
        counts[label] = counts.GetValueOrDefault(label) + tally;

    private static LabelCount[] Counts(Dictionary<string, Tally> counts) =>
        [.. counts.OrderBy(c => c.Key, StringComparer.Ordinal).Select(c => new LabelCount(c.Key, c.Value))];
}
