namespace HttpMonitor.Core.Metrics;

/// <summary>
/// The scrape of <c>GET /metrics</c>: a snapshot and the moment's context as Prometheus text
/// (docs/metrics.md lists every metric). Counters are sums since start, so none goes back; a
/// section or vhost label is one of the top ones or "other" (<see cref="TopLabels"/>); each label
/// is given its three status classes from its first hit, zeros included, so a rate starts at once.
/// </summary>
public static class PrometheusText
{
    /// <summary>The status classes the seam counts: the errors of the alerts (4xx, 5xx) and the rest.</summary>
    public const string NotErrors = "1xx-3xx";

    public static string Write(MetricsSnapshot snapshot, ScrapeContext context)
    {
        var w = new ExpositionWriter();
        Requests(w, "section", snapshot.Sections, "httpmonitor_requests_total", "httpmonitor_response_bytes_total", "section");
        Requests(w, "vhost", snapshot.Vhosts, "httpmonitor_vhost_requests_total", "httpmonitor_vhost_response_bytes_total", "virtual host");
        Durations(w, snapshot.Durations);
        Lines(w, snapshot.Lines);
        Alerts(w, snapshot.Alerts);
        Clock(w, snapshot, context);
        w.Family("httpmonitor_build_info", "gauge", "Always 1: the version of the program serving these metrics.");
        w.Sample("httpmonitor_build_info", 1, ("version", context.Version), ("runtime", Environment.Version.ToString()));
        return w.ToString();
    }

    private static void Requests(ExpositionWriter w, string label, IReadOnlyList<LabelCount> counts, string requests, string bytes, string what)
    {
        if (counts.Count == 0)
        {
            return;
        }

        w.Family(requests, "counter", $"Requests since start by {what} (the top ones; the rest as \"other\") and status class (1xx-3xx, 4xx, 5xx).");
        foreach (var c in counts)
        {
            var t = c.Tally;
            w.Sample(requests, t.Hits - t.Errors, (label, c.Label), ("status_class", NotErrors));
            w.Sample(requests, t.Errors4xx, (label, c.Label), ("status_class", "4xx"));
            w.Sample(requests, t.Errors5xx, (label, c.Label), ("status_class", "5xx"));
        }

        w.Family(bytes, "counter", $"Response bytes since start by {what} (the top ones; the rest as \"other\").");
        foreach (var c in counts)
        {
            w.Sample(bytes, c.Tally.Bytes, (label, c.Label));
        }
    }

    private static void Durations(ExpositionWriter w, DurationHistogram? durations)
    {
        if (durations is null)
        {
            return;
        }

        const string Name = "httpmonitor_request_duration_seconds";
        w.Family(Name, "histogram", "Response times of the timed requests since start, as the log gives them (within 1% of a bucket's bound).");
        for (int i = 0; i < DurationHistogram.Bounds.Count; i++)
        {
            w.Sample(Name + "_bucket", durations.Cumulative[i], ("le", ExpositionWriter.Number(DurationHistogram.Bounds[i])));
        }

        w.Sample(Name + "_bucket", durations.Count, ("le", "+Inf"));
        w.Sample(Name + "_sum", durations.SumSeconds);
        w.Sample(Name + "_count", durations.Count);
    }

    private static void Lines(ExpositionWriter w, LineTotals lines)
    {
        w.Family("httpmonitor_log_lines_total", "counter", "Log lines read: accepted (requests), rejected (unreadable in the log's format), ignored (directives).");
        w.Sample("httpmonitor_log_lines_total", lines.Accepted, ("result", "accepted"));
        w.Sample("httpmonitor_log_lines_total", lines.Rejected, ("result", "rejected"));
        w.Sample("httpmonitor_log_lines_total", lines.Ignored, ("result", "ignored"));
    }

    private static void Alerts(ExpositionWriter w, IReadOnlyList<AlertStanding> alerts)
    {
        if (alerts.Count == 0)
        {
            return;
        }

        w.Family("httpmonitor_alert_firing", "gauge", "1 while the alert rule's alert is active, else 0.");
        foreach (var a in alerts)
        {
            w.Sample("httpmonitor_alert_firing", a.Status.Active ? 1 : 0, ("alert", a.Rule.Name), ("severity", Notifications.NoticeFormat.SeverityName(a.Rule.Severity)));
        }
    }

    private static void Clock(ExpositionWriter w, MetricsSnapshot snapshot, ScrapeContext context)
    {
        if (snapshot.Clock is { } clock)
        {
            w.Family("httpmonitor_clock_lag_seconds", "gauge", "The wall clock minus the monitor's clock (the end of its latest closed second).");
            w.Sample("httpmonitor_clock_lag_seconds", Math.Round((context.Now - clock).TotalSeconds, 3));
        }

        if (context.Rotations is { } rotations)
        {
            w.Family("httpmonitor_file_rotations_total", "counter", "Times the followed log's name went to another file (rotation).");
            w.Sample("httpmonitor_file_rotations_total", rotations);
        }

        if (context.Truncations is { } truncations)
        {
            w.Family("httpmonitor_file_truncations_total", "counter", "Times the followed log was truncated (copytruncate) and read again from its start.");
            w.Sample("httpmonitor_file_truncations_total", truncations);
        }
    }
}
