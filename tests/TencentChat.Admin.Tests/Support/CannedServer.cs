using System.Collections.Concurrent;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace TencentChat.Admin.Tests.Support;

/// <summary>
/// A loopback HTTP server that answers with whatever a test scripts: the misbehaving answers (HTML error
/// pages, truncated JSON, 502s, stalls) that a faithful emulator never gives. Records every request.
/// </summary>
public sealed class CannedServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    public sealed record Request(string Path, string Query, string Body, string? ContentType);

    public ConcurrentQueue<Request> Requests { get; } = new();
    public Uri BaseAddress { get; }

    private CannedServer(WebApplication app, Uri baseAddress)
    {
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Starts a server whose handler gets the request number (1-based) and the context.</summary>
    public static async Task<CannedServer> StartAsync(Func<int, HttpContext, Task> handler)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        CannedServer? server = null;
        int count = 0;
        app.Run(async context =>
        {
            var buffered = new MemoryStream();
            await context.Request.Body.CopyToAsync(buffered);
            string body = System.Text.Encoding.UTF8.GetString(buffered.ToArray());
            buffered.Position = 0;
            context.Request.Body = buffered; // the handler may read it again (a forwarding proxy does)
            server!.Requests.Enqueue(new Request(context.Request.Path, context.Request.QueryString.Value ?? "", body, context.Request.ContentType));
            await handler(Interlocked.Increment(ref count), context);
        });
        await app.StartAsync();
        var address = new Uri(app.Urls.First());
        server = new CannedServer(app, address);
        return server;
    }

    /// <summary>Answers every request with the same JSON text.</summary>
    public static Task<CannedServer> JsonAsync(string json) =>
        StartAsync((_, context) => Respond(context, 200, "application/json", json));

    public static Task Respond(HttpContext context, int status, string contentType, string body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = contentType;
        return context.Response.WriteAsync(body);
    }

    public const string EmptyGetList =
        """{"SessionItem":[],"CompleteFlag":1,"TimeStamp":0,"StartIndex":0,"TopTimeStamp":0,"TopStartIndex":0,"ActionStatus":"OK","ErrorCode":0,"ErrorInfo":""}""";

    public static string Failure(int code, string info = "") =>
        $$"""{"ActionStatus":"FAIL","ErrorCode":{{code}},"ErrorInfo":"{{info}}","ErrorDisplay":""}""";

    /// <summary>A loopback port nothing listens on, for connection-refused cases.</summary>
    public static Uri ClosedPort() => TencentChat.Reliability.ReliabilityScenarios.ClosedLoopbackPort();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
