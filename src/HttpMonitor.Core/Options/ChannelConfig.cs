using System.Globalization;
using System.Text.Json.Serialization;
using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Notifications;

namespace HttpMonitor.Core.Options;

/// <summary>
/// One entry of <c>notifications</c> as config.json writes it; its <c>type</c> picks the kind of channel.
/// The keys below are shared by every type; what they mean is on <see cref="NotificationChannelOptions"/>.
/// A key left out is null here and takes the channel's default.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(WebhookChannelConfig), "webhook")]
[JsonDerivedType(typeof(EmailChannelConfig), "email")]
[JsonDerivedType(typeof(CommandChannelConfig), "command")]
internal abstract record ChannelConfig
{
    /// <summary>The shortest attempt timeout: Polly's own lower bound is 10 ms, and less is never meant.</summary>
    private static readonly TimeSpan MinTimeout = TimeSpan.FromSeconds(0.1);

    public string? Name { get; init; }

    [JsonConverter(typeof(StringOrListConverter<string>))]
    public IReadOnlyList<string>? Alerts { get; init; }

    [JsonConverter(typeof(StringOrListConverter<AlertSeverity>))]
    public IReadOnlyList<AlertSeverity>? Severities { get; init; }

    [JsonConverter(typeof(StringOrListConverter<AlertState>))]
    public IReadOnlyList<AlertState>? States { get; init; }

    public double? MinDurationSeconds { get; init; }

    public double? RenotifySeconds { get; init; }

    public double? TimeoutSeconds { get; init; }

    public int? Retries { get; init; }

    public int? QueueSize { get; init; }

    /// <summary>The channel's options: checked, with <c>${NAME}</c> references expanded and defaults for the keys left out.</summary>
    /// <exception cref="ConfigException">A value binding could not judge, named by its key.</exception>
    public NotificationChannelOptions ToOptions(ChannelReader reader)
    {
        var channel = Specific(reader);
        var timeout = Seconds(reader, nameof(TimeoutSeconds), TimeoutSeconds, allowZero: false);
        return channel with
        {
            Name = Name is null ? channel.Name : Named(reader),
            Alerts = Set(reader, nameof(Alerts), Alerts) ?? channel.Alerts,
            Severities = Set(reader, nameof(Severities), Severities) ?? channel.Severities,
            States = Set(reader, nameof(States), States) ?? channel.States,
            MinDuration = Seconds(reader, nameof(MinDurationSeconds), MinDurationSeconds, allowZero: true) ?? channel.MinDuration,
            RenotifyInterval = Seconds(reader, nameof(RenotifySeconds), RenotifySeconds, allowZero: false) ?? channel.RenotifyInterval,
            Timeout = timeout is not { } t ? channel.Timeout
                : t >= MinTimeout ? t
                : throw reader.Problem(Key(nameof(TimeoutSeconds)), Invariant($"must be at least {MinTimeout.TotalSeconds} s, not {t.TotalSeconds}")),
            Retries = Whole(reader, nameof(Retries), Retries, 0, 20) ?? channel.Retries,
            QueueSize = Whole(reader, nameof(QueueSize), QueueSize, 1, 100_000) ?? channel.QueueSize,
        };
    }

    /// <summary>The options of this type of channel, with its required keys and its default name.</summary>
    protected abstract NotificationChannelOptions Specific(ChannelReader reader);

    /// <summary>The key of one of this channel's properties.</summary>
    protected string Key(string property) => ConfigKey.Of(GetType(), property);

    protected int? Whole(ChannelReader reader, string property, int? value, int min, int max) =>
        value is not { } i || (i >= min && i <= max)
            ? value
            : throw reader.Problem(Key(property), $"must be a whole number from {min} to {max}, not {i}");

    protected static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private string Named(ChannelReader reader)
    {
        string name = reader.Expand(Key(nameof(Name)), Name!);
        return string.IsNullOrWhiteSpace(name) ? throw reader.Problem(Key(nameof(Name)), "must not be empty") : name;
    }

    private TimeSpan? Seconds(ChannelReader reader, string property, double? value, bool allowZero) =>
        value is not { } d ? null
        : double.IsFinite(d) && (allowZero ? d >= 0 : d > 0) && d <= MonitorOptions.MaxIntervalSeconds ? TimeSpan.FromSeconds(d)
        : throw reader.Problem(Key(property),
            Invariant($"must be a number of seconds {(allowZero ? "from 0" : "above 0")} to {MonitorOptions.MaxIntervalSeconds}, not {d}"));

    private HashSet<T>? Set<T>(ChannelReader reader, string property, IReadOnlyList<T>? values) =>
        values is null ? null
        : values.Count > 0 ? [.. values]
        : throw reader.Problem(Key(property), "must not be empty (leave the key out for all)");
}
