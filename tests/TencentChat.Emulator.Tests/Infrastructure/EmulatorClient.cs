using System.Net;
using System.Text;
using System.Text.Json;
using TencentChat.Emulator.Hosting;

namespace TencentChat.Emulator.Tests.Infrastructure;

/// <summary>An in-process emulator plus a raw HttpClient: tests send JSON text and read JSON back, no DTOs.</summary>
internal sealed class EmulatorClient : IAsyncDisposable
{
    private EmulatorClient(EmulatorHost host)
    {
        Host = host;
        Http = new HttpClient { BaseAddress = host.BaseAddress, Timeout = TimeSpan.FromSeconds(20) };
    }

    public EmulatorHost Host { get; }
    public HttpClient Http { get; }

    public static async Task<EmulatorClient> StartAsync(EmulatorOptions? options = null) =>
        new(await EmulatorHost.StartAsync(options ?? new EmulatorOptions()));

    /// <summary>POSTs <paramref name="json"/> to a command with a valid admin URL and returns the parsed envelope (asserting HTTP 200).</summary>
    public Task<JsonElement> PostAsync(string command, string json) => PostAsync(Host.CommandUri(command), json);

    public async Task<JsonElement> PostAsync(Uri uri, string json)
    {
        using HttpResponseMessage response = await Http.PostAsync(uri, new StringContent(json, Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ReadJsonAsync(response);
    }

    public static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
    {
        using JsonDocument document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return document.RootElement.Clone();
    }

    /// <summary>A URL with the given query string appended to the command path.</summary>
    public Uri RawUri(string command, string query) => new(Host.BaseAddress, "v4/recentcontact/" + command + "?" + query);

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        await Host.DisposeAsync();
    }
}
