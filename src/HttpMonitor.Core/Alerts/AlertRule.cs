namespace HttpMonitor.Core.Alerts;

/// <summary>
/// When an alert fires and recovers: over the last <see cref="WindowSeconds"/> closed seconds,
/// traffic above <see cref="Threshold"/> req/s on average, or errors above <see cref="Threshold"/>.
/// </summary>
/// <param name="RecoverBelow">A lower value the traffic must fall below to recover; null: at or below the threshold.</param>
public sealed record AlertRule(AlertKind Kind, int WindowSeconds, double Threshold, double? RecoverBelow = null);
