using System.CommandLine;
using System.Globalization;
using System.Reflection;
using HttpMonitor.Cli;
using HttpMonitor.Core.Options;

namespace HttpMonitor.Tests.Cli;

/// <summary>Each setting is named once: its key from its property, its option linked to the property, and README's table agrees.</summary>
public sealed class SettingsOptionsTests
{
    private static readonly SettingsOptions Settings = new();

    public static TheoryData<string> OptionNames => [.. Settings.All.Select(s => s.Option.Name)];

    [Theory]
    [MemberData(nameof(OptionNames))]
    public void SettingOption_Given_SetsThePropertyItNamesAndNoOther(string name)
    {
        var setting = Settings.All.Single(s => s.Option.Name == name);
        var command = new RootCommand { setting.Option };

        var options = setting.Apply(new MonitorOptions(), command.Parse([name, "7"]));

        var changed = typeof(MonitorOptions).GetProperties().Where(p => !Equals(p.GetValue(options), p.GetValue(new MonitorOptions())));
        Assert.Equal([setting.Property], changed.Select(p => p.Name));
    }

    [Fact]
    public void Readme_ConfigurationTable_NamesEveryKeyWithItsOptionAndDefault()
    {
        var rows = ReadmeTable();
        var properties = typeof(MonitorOptions).GetProperties(BindingFlags.Public | BindingFlags.Instance);

        Assert.Equal(properties.Select(p => ConfigKey.Of(p.Name)).Order(), rows.Keys.Order());
        foreach (var property in properties)
        {
            var (option, @default) = rows[ConfigKey.Of(property.Name)];
            var setting = Settings.All.SingleOrDefault(s => s.Property == property.Name);
            Assert.Equal(setting?.Option.Name ?? "", option);
            Assert.Equal(Shown(property.GetValue(new MonitorOptions())), @default.Split(':')[0]);
        }
    }

    /// <summary>README's Configuration table: key → (option, default), as written.</summary>
    private static Dictionary<string, (string Option, string Default)> ReadmeTable()
    {
        string readme = File.ReadAllText(Path.Combine(Path.GetDirectoryName(HttpMonitor.Testing.TestData.Path("README.md"))!, "..", "..", "README.md"));
        string section = readme[readme.IndexOf("## Configuration", StringComparison.Ordinal)..];
        return section.Split('\n')
            .TakeWhile(line => !line.StartsWith("## Pointing", StringComparison.Ordinal))
            .Where(line => line.StartsWith("| `", StringComparison.Ordinal))
            .Select(line => line.Split('|').Select(cell => cell.Trim().Trim('`')).ToArray())
            .ToDictionary(cells => cells[1], cells => (cells[2], cells[3]));
    }

    private static string Shown(object? value) => value switch
    {
        null => "none",
        bool flag => flag ? "true" : "false",
        System.Collections.ICollection { Count: 0 } => "none",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString()!,
    };
}
