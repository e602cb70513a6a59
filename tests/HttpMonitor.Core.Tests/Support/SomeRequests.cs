namespace HttpMonitor.Core.Tests.Support;

/// <summary>Random requests, reproducible by seed: out of order now and then, with gaps, errors and several vhosts.</summary>
public static class SomeRequests
{
    private static readonly string[] Targets = ["/a/1", "/a/2?x=1", "/b", "/", "/c/d/e", "/c?q=%20z", "/API/v1", "/caf%C3%A9/menu"];
    private static readonly string[] Vhosts = ["www.example.com", "api.example.com", "shop.example.org"];
    private static readonly string[] Methods = ["GET", "GET", "POST", "HEAD"];
    private static readonly int[] Statuses = [200, 200, 200, 301, 304, 404, 403, 500, 503];
    private static readonly int[] OffsetsMinutes = [0, -7 * 60, 60, 330];

    public static List<Request> Random(Random random, int max = 300)
    {
        var offset = TimeSpan.FromMinutes(OffsetsMinutes[random.Next(OffsetsMinutes.Length)]);
        var now = new DateTimeOffset(2026, 3, 29, 0, 59, 0, TimeSpan.Zero).ToOffset(offset);
        var requests = new List<Request>();
        for (int i = random.Next(0, max); i > 0; i--)
        {
            int roll = random.Next(100);
            now = now.AddSeconds(roll < 60 ? 0 : roll < 97 ? random.Next(1, 3) : random.Next(20, 400));
            var stamp = random.Next(10) == 0 ? now.AddSeconds(-random.Next(1, 6)) : now;
            requests.Add(new Request(
                stamp,
                $"10.0.{random.Next(3)}.{random.Next(1, 20)}",
                Methods[random.Next(Methods.Length)],
                Targets[random.Next(Targets.Length)],
                Statuses[random.Next(Statuses.Length)],
                random.Next(4) == 0 ? 0 : random.Next(1, 50_000),
                Vhosts[random.Next(Vhosts.Length)],
                random.Next(0, 5000)));
        }

        return requests;
    }
}
