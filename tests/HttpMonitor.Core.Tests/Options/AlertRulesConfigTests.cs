using HttpMonitor.Core.Alerts;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Core.Tests.Options;

public sealed class AlertRulesConfigTests
{
    [Fact]
    public void Parse_ARule_IsCompiledWithItsKeysAndDefaults()
    {
        var options = ConfigFile.Parse("""
            { "alerts": [ { "name": "api-slow", "metric": "5xxRatio", "window": 60, "above": 0.05, "recover": 0.02, "for": 30,
                            "minRequests": 20, "section": "/api", "severity": "critical" },
                          { "name": "silence", "metric": "rate", "below": 0.1 } ] }
            """, "c.json");

        var rules = AlertRuleSet.Of(options);

        Assert.Equal(
            new AlertRule("api-slow", AlertMetric.Ratio5xx, 60, 0.05, Below: false, Recover: 0.02, ForSeconds: 30, MinRequests: 20, Section: "/api", Severity: AlertSeverity.Critical),
            rules[0]);
        Assert.Equal(new AlertRule("silence", AlertMetric.Rate, AlertRuleSet.DefaultWindow, 0.1, Below: true), rules[1]);
    }

    [Fact]
    public void Parse_NoAlerts_TheDefaultRulesFromTheShorthandKeys()
    {
        var options = ConfigFile.Parse("""{ "averageTrafficThreshold": 3, "trafficAlertInterval": 30, "maxErrorsThreshold": 7 }""", "c.json");

        var rules = AlertRuleSet.Of(options);

        Assert.Equal([("traffic", SeedAlert.Traffic, 30, 3.0), ("errors", SeedAlert.Errors, 10, 7.0)], rules.Select(r => (r.Name, r.Seed, r.WindowSeconds, r.Threshold)));
    }

    [Theory]
    [InlineData("""[{ "metric": "rate", "above": 1 }]""", "c.json: alerts[0].name: required")]
    [InlineData("""[{ "name": "a", "metric": "rate", "above": 1 }, { "name": "a", "metric": "hits", "above": 1 }]""", "c.json: alerts[1].name: \"a\" is the name of an earlier rule")]
    [InlineData("""[{ "name": "a", "above": 1 }]""", "c.json: alerts[0].metric: required: one of rate, hits, errors, 4xx, 5xx, errorRatio, 5xxRatio")]
    [InlineData("""[{ "name": "a", "metric": "latency", "above": 1 }]""", "c.json: alerts[0].metric: must be")]
    [InlineData("""[{ "name": "a", "metric": "rate" }]""", "c.json: alerts[0].above: give \"above\"")]
    [InlineData("""[{ "name": "a", "metric": "rate", "above": 1, "below": 0.5 }]""", "c.json: alerts[0].below: give \"above\" or \"below\", not both")]
    [InlineData("""[{ "name": "a", "metric": "rate", "above": 1, "recover": 2 }]""", "c.json: alerts[0].recover: must not be above \"above\" (1), not 2")]
    [InlineData("""[{ "name": "a", "metric": "rate", "below": 1, "recover": 0.5 }]""", "c.json: alerts[0].recover: must not be below \"below\" (1), not 0.5")]
    [InlineData("""[{ "name": "a", "metric": "rate", "above": 1, "for": 86401 }]""", "c.json: alerts[0].for: must be a whole number of seconds from 0 to 86400")]
    [InlineData("""[{ "name": "a", "metric": "rate", "above": 1, "window": 0 }]""", "c.json: alerts[0].window: must be a whole number of seconds from 1 to 86400")]
    [InlineData("""[{ "name": "a", "metric": "p95", "above": 1, "section": "/api", "vhost": "api.example.com" }]""", "c.json: alerts[0].vhost: a rule filters by one of \"section\" and \"vhost\", not both")]
    [InlineData("""[{ "name": "a", "metric": "rate", "above": 1, "section": "" }]""", "c.json: alerts[0].section: must not be empty")]
    [InlineData("""[{ "name": "a", "metric": "rate", "above": 1, "minRequests": 0 }]""", "c.json: alerts[0].minRequests: must be at least 1")]
    [InlineData("""[{ "name": "a", "metric": "rate", "above": 1, "severity": "page" }]""", "c.json: alerts[0].severity: must be")]
    [InlineData("""[{ "name": "a", "metric": "rate", "above": 1, "threshold": 2 }]""", "c.json: alerts[0].threshold: unknown key")]
    public void Parse_BadRule_IsOneLineNamingItsKey(string rules, string expectedStart)
    {
        var error = Assert.Throws<ConfigException>(() => ConfigFile.Parse($$"""{ "alerts": {{rules}} }""", "c.json"));

        Assert.StartsWith(expectedStart, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Parse_AShorthandKeyBesideAlerts_IsRefused_NotIgnored()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigFile.Parse("""
            { "averageTrafficThreshold": 20, "alerts": [ { "name": "a", "metric": "rate", "above": 1 } ] }
            """, "c.json"));

        Assert.StartsWith("c.json: averageTrafficThreshold: sets the default traffic and errors rules, which \"alerts\" replaces", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_AChannelAskingForAnUnknownRule_IsRefused()
    {
        var error = Assert.Throws<ConfigException>(() => ConfigFile.Parse("""
            { "notifications": [ { "type": "command", "command": "/bin/true", "alerts": ["traffic", "api-slow"] } ] }
            """, "c.json"));

        Assert.Equal("c.json: notifications[0].alerts: no alert rule is named \"api-slow\"; the rules are errors, traffic", error.Message);
    }
}
