using System.Text.Json;

namespace TencentChat.Emulator.Tests.Infrastructure;

/// <summary>Assertions on the response envelope (spec §1.4).</summary>
internal static class Envelope
{
    public static int Code(this JsonElement response) => response.GetProperty("ErrorCode").GetInt32();

    public static string Info(this JsonElement response) => response.GetProperty("ErrorInfo").GetString()!;

    public static void AssertOk(this JsonElement response)
    {
        Assert.True(response.Code() == 0, $"Expected OK, got {response.Code()}: {response.Info()}");
        Assert.Equal("OK", response.GetProperty("ActionStatus").GetString());
        Assert.Equal("", response.Info());
    }

    /// <summary>Asserts a FAIL envelope with <paramref name="code"/> and returns ErrorInfo for further checks.</summary>
    public static string AssertFails(this JsonElement response, int code)
    {
        Assert.True(response.Code() == code, $"Expected {code}, got {response.Code()}: {response.Info()}");
        Assert.Equal("FAIL", response.GetProperty("ActionStatus").GetString());
        Assert.True(response.TryGetProperty("ErrorDisplay", out _));
        return response.Info();
    }

    /// <summary>The property names of an object, in order: pins the wire spellings.</summary>
    public static string[] Names(this JsonElement obj) => obj.EnumerateObject().Select(p => p.Name).ToArray();
}
