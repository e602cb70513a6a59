using System.Text;
using HttpMonitor.Core.Parsing.Json;

namespace HttpMonitor.Core.Tests.Parsing.Formats;

/// <summary>The json reader's key lookup: every key it holds is found, and no other name.</summary>
public sealed class KeyTableTests
{
    [Fact]
    public void Find_AnyName_IsTheKeyOfThatNameOrNone()
    {
        var random = new Random(15);
        string Name(int shortest) => new([.. Enumerable.Range(0, random.Next(shortest, 12)).Select(_ => "abcdet_@ST"[random.Next(10)])]);
        var keys = Enumerable.Range(0, 200).Select(_ => Name(shortest: 1)).Distinct()
            .Select((name, i) => (Name: Encoding.UTF8.GetBytes(name), Key: new JsonKey(JsonField.Time, i))).ToArray();
        var table = new KeyTable(keys);
        var byName = keys.ToDictionary(k => Encoding.UTF8.GetString(k.Name), k => k.Key);

        Assert.All(keys, k => Assert.Equal(k.Key, table.Find(k.Name)));
        for (int i = 0; i < 20_000; i++)
        {
            string name = Name(shortest: 0);
            var expected = byName.GetValueOrDefault(name, JsonKey.None);

            Assert.Equal((name, expected), (name, table.Find(Encoding.UTF8.GetBytes(name))));
        }
    }
}
