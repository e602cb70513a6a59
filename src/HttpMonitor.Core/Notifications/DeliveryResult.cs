using System.Globalization;

namespace HttpMonitor.Core.Notifications;

/// <summary>How one notice fared on one channel, after its last attempt.</summary>
/// <param name="Problem">Why it failed; null when delivered.</param>
public sealed record DeliveryResult(string Channel, Notice Notice, int Attempts, string? Problem)
{
    public bool Delivered => Problem is null;

    /// <summary>"notification to webhook hooks.slack.com failed: HTTP 500 Internal Server Error (6 attempts)".</summary>
    public string Message => Delivered
        ? string.Create(CultureInfo.InvariantCulture, $"notification to {Channel} delivered{(Attempts > 1 ? $" after {Attempts} attempts" : "")}")
        : string.Create(CultureInfo.InvariantCulture, $"notification to {Channel} failed: {Problem}{(Attempts > 1 ? $" ({Attempts} attempts)" : "")}");
}
