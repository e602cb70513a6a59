using System.Net;
using System.Net.Sockets;
using System.Text;
using HttpMonitor.Core.Metrics;
using HttpMonitor.Core.Tests.Support;

namespace HttpMonitor.Core.Tests.Metrics;

/// <summary>The endpoints over real loopback connections.</summary>
public sealed class MetricsServerTests : IAsyncLifetime
{
    private static readonly IPEndPoint AnyPort = new(IPAddress.Loopback, 0);
    private static readonly HttpClient Client = new() { Timeout = TimeSpan.FromSeconds(30) };

    private readonly MetricsBoard _board = new(10, null);
    private MetricsServer _server = null!;

    public Task InitializeAsync()
    {
        var endpoints = new MetricsEndpoints(_board, new ManualTimeProvider(Some.Start), follower: null, TimeSpan.FromSeconds(2), 10, "1.2.3");
        _server = MetricsServer.Start(AnyPort, endpoints);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Get_Metrics_IsPrometheusText()
    {
        using var response = await Client.GetAsync(Url("/metrics"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain; version=0.0.4; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        Assert.Contains("httpmonitor_build_info{version=\"1.2.3\",", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Get_Metrics_ByTheNameLocalhost_IsAnswered()
    {
        using var response = await Client.GetAsync($"http://localhost:{_server.EndPoint.Port}/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_State_IsJsonWithTheSummary()
    {
        string json = await Client.GetStringAsync(Url("/api/state"));

        Assert.Equal(
            """{"type":"state","time":null,"window":null,"firing":[],"pending":[],"summary":{"type":"summary","lines":0,"accepted":0,"rejected":0,"ignored":0,"future":0,"format":"auto"}}""",
            json);
    }

    [Fact]
    public async Task Get_Healthz_OfAReplay_Is200WithTheReason()
    {
        using var response = await Client.GetAsync(Url("/healthz"));

        Assert.Equal((HttpStatusCode.OK, "replaying\n"), (response.StatusCode, await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Get_UnknownPath_Is404NamingTheEndpoints()
    {
        using var response = await Client.GetAsync(Url("/nope"));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("/metrics", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_Metrics_Is405AllowingGetAndHead()
    {
        using var response = await Client.PostAsync(Url("/metrics"), new StringContent(""));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("GET, HEAD", response.Content.Headers.Allow.Count > 0 ? string.Join(", ", response.Content.Headers.Allow) : string.Join(", ", response.Headers.GetValues("Allow")));
    }

    [Fact]
    public async Task Get_WhileAnotherClientSaysNothing_IsAnswered()
    {
        using var silent = new TcpClient();
        await silent.ConnectAsync(_server.EndPoint);
        await silent.GetStream().WriteAsync("GET /met"u8.ToArray());

        using var response = await Client.GetAsync(Url("/metrics"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_NotHttp_Is400()
    {
        using var raw = new TcpClient();
        await raw.ConnectAsync(_server.EndPoint);
        await raw.GetStream().WriteAsync("hello\r\n\r\n"u8.ToArray());

        string answer = await new StreamReader(raw.GetStream(), Encoding.ASCII).ReadToEndAsync();

        Assert.StartsWith("HTTP/1.1 400 Bad Request\r\n", answer, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_PortInUse_IsOneLineSayingSo()
    {
        var error = Assert.Throws<ListenException>(() => MetricsServer.Start(_server.EndPoint, new MetricsEndpoints(_board, TimeProvider.System, null, TimeSpan.Zero, 10, "x")));

        Assert.Equal($"cannot listen on {_server.EndPoint}: the port is in use by another program; choose another port (--listen, or \"listen\" in config.json)", error.Message);
    }

    [Fact]
    public void Start_AddressNotOfThisMachine_IsOneLineSayingSo()
    {
        var at = new IPEndPoint(IPAddress.Parse("192.0.2.1"), 0); // TEST-NET-1: never a local address

        var error = Assert.Throws<ListenException>(() => MetricsServer.Start(at, new MetricsEndpoints(_board, TimeProvider.System, null, TimeSpan.Zero, 10, "x")));

        Assert.Equal("cannot listen on 192.0.2.1:0: 192.0.2.1 is not an address of this machine; use 127.0.0.1, 0.0.0.0 (every interface) or one of its own", error.Message);
    }

    private string Url(string path) => $"http://{_server.EndPoint}{path}";
}
