using System.Text;
using HttpMonitor.Core.Sources;

namespace HttpMonitor.Core.Metrics;

/// <summary>
/// What each path answers: <c>/metrics</c> (Prometheus text), <c>/api/state</c> (JSON),
/// <c>/healthz</c> (200 or 503 with its reason), <c>/</c> (the list of them). Each reads the latest
/// snapshot of <paramref name="board"/> and the moment's context; nothing here waits for the pipeline.
/// </summary>
/// <param name="wall">The wall clock, for the clock's lag and health.</param>
/// <param name="follower">The followed inputs (their state, rotations and truncations); null in a replay.</param>
/// <param name="tolerance">How far the live clock trails the wall clock by design (<see cref="Health"/>).</param>
/// <param name="top">Sections and vhosts in the state's window.</param>
public sealed class MetricsEndpoints(MetricsBoard board, TimeProvider wall, IFollowedInputs? follower, TimeSpan tolerance, int top, string version)
{
    private const string Index = "httpmonitor: GET /metrics (Prometheus), /api/state (JSON), /healthz";

    internal HttpReply Answer(HttpRequestHead request)
    {
        if (request.Method is not ("GET" or "HEAD"))
        {
            return HttpReply.Text(405, $"{request.Method} is not served: GET or HEAD") with { Allow = "GET, HEAD" };
        }

        var snapshot = board.Latest;
        switch (request.Path)
        {
            case "/metrics":
                var context = new ScrapeContext(wall.GetUtcNow(), follower?.Rotations, follower?.Truncations, version);
                return new HttpReply(200, ExpositionWriter.ContentType, Encoding.UTF8.GetBytes(PrometheusText.Write(snapshot, context)));
            case "/api/state":
                return new HttpReply(200, "application/json", StateJson.Write(snapshot, top));
            case "/healthz":
                var (healthy, reason) = Health.Of(snapshot, wall.GetUtcNow(), follower?.Status, tolerance);
                return HttpReply.Text(healthy ? 200 : 503, reason);
            case "/":
                return HttpReply.Text(200, Index);
            default:
                return HttpReply.Text(404, $"no {request.Path} here: {Index}");
        }
    }
}
