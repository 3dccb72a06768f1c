using System.IO;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using TencentChat.Admin.Client.Authentication;

namespace TencentChat.Admin.Tests.Authentication;

public class UserSigCodecTests
{
    private const string SpecKey = "5bd2850fff3ecb11d7c805251c51ee463a25727bddc2385f3fa8bfee1bb93b5e";
    private static readonly DateTimeOffset SpecTime = DateTimeOffset.FromUnixTimeSeconds(1700000000);

    // Spec §4.7 vectors: compare the HMAC, never the raw UserSig (deflate output differs between zlib builds).
    [Theory]
    [InlineData(1400000000L, SpecKey, "xiaojun", 86400L, null, "SNF4FmVCPucoXsBOpbVF3fFCf57JPm0ezZ1jeVILlVc=")]
    [InlineData(1400000000L, SpecKey, "xiaojun", 15552000L, null, "LvA7d/Iw7gSsnskvVzBDPOCCDbuNCw4GHwTC0bip+B4=")]
    [InlineData(1400000000L, SpecKey, "administrator", 86400L, null, "yLAe+w7WUeUuqbV9h/TX78u21oTGi+i9Zp1u3PpnY60=")]
    [InlineData(1L, "2", "3", 4L, null, "f5gSvBYdWRemW5KQRjxvTzWiOlJwFEuyR7UEE4EjP6o=")]
    [InlineData(1L, "2", "3", 4L, "BQ==", "oPo+m5W+tRnZhvOZElDf11AiNuEFHozfLaQszngapso=")]
    public void Signature_matches_the_spec_vectors(long sdkAppId, string key, string identifier, long expire, string? userBuf, string expected)
    {
        byte[]? buffer = userBuf is null ? null : Convert.FromBase64String(userBuf);
        string sig = UserSigCodec.ComputeSignature(Encoding.UTF8.GetBytes(key), identifier, sdkAppId, 1700000000, expire, buffer);
        Assert.Equal(expected, sig);
    }

    [Fact]
    public void Created_usersig_decodes_to_the_spec_json()
    {
        using var key = ChatSecretKey.FromString(SpecKey);
        string userSig = UserSigCodec.Create(1400000000, key, "xiaojun", SpecTime, TimeSpan.FromSeconds(86400));

        Assert.Matches("^[A-Za-z0-9*_-]+$", userSig);
        var decoded = UserSigCodec.Decode(userSig);
        Assert.Equal("2.0", decoded.Version);
        Assert.Equal("xiaojun", decoded.Identifier);
        Assert.Equal(1400000000, decoded.SdkAppId);
        Assert.Equal(1700000000, decoded.IssuedAtUnix);
        Assert.Equal(86400, decoded.LifetimeSeconds);
        Assert.Equal("SNF4FmVCPucoXsBOpbVF3fFCf57JPm0ezZ1jeVILlVc=", decoded.Signature);
        Assert.True(UserSigCodec.HasValidSignature(decoded, key));
    }

    [Theory]
    // The spec's Python-zlib, .NET ZLibStream and official Node outputs for vector row 1.
    [InlineData("eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCgswUJStDEwMogMikVhRkFqUqWVmYmcCESjJzgQKG5qgKizPTgcYG*7mZuOWGOQeUJudHFDv5FySFuRmnuTmnmZp7BeQapFZFGWalhnn65IQl2yrVAgAojzFw")]
    [InlineData("eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCgswUJStDEwMogMikVhRkFqUqWVmYmcCESjJzU5WsDM1RFRZnpitZKQX7uZm45YY5B5Qm50cUO-kXJIW5Gae5OaeZmnsF5BqkVkUZZqWGefrkhCXbKtUCACiPMXA_")]
    [InlineData("eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCgswUJStDEwMogMiUZOamKlkZmqOKplYUZBalKllZmJnAhIoz05WslIL93EzccsOcA0qT8yOKnfwLksLcjNPcnNNMzb0Ccg1Sq6IMs1LDPH1ywpJtlWoBGRkxcA__")]
    public void Decodes_usersigs_written_by_other_signers(string userSig)
    {
        var decoded = UserSigCodec.Decode(userSig);
        Assert.Equal("xiaojun", decoded.Identifier);
        Assert.Equal(1700000000, decoded.IssuedAtUnix);
        using var key = ChatSecretKey.FromString(SpecKey);
        Assert.True(UserSigCodec.HasValidSignature(decoded, key));
        using var wrongKey = ChatSecretKey.FromString("another-key");
        Assert.False(UserSigCodec.HasValidSignature(decoded, wrongKey));
    }

    [Fact]
    public void Zlib_framing_is_readable_by_the_platform_zlib_and_back()
    {
        byte[] data = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"TLS.ver\":\"2.0\"}", 500)));
        byte[] framed = ZlibFraming.Compress(data);
        Assert.Equal(new byte[] { 0x78, 0x9C }, framed.Take(2));

        using var platform = new ZLibStream(new MemoryStream(framed), CompressionMode.Decompress);
        var roundTrip = new MemoryStream();
        platform.CopyTo(roundTrip);
        Assert.Equal(data, roundTrip.ToArray());

        var platformFramed = new MemoryStream();
        using (var z = new ZLibStream(platformFramed, CompressionLevel.SmallestSize, leaveOpen: true)) z.Write(data);
        Assert.Equal(data, ZlibFraming.Decompress(platformFramed.ToArray(), maxOutputBytes: 1 << 20));
    }

    [Fact]
    public void Adler32_matches_the_rfc_example() =>
        Assert.Equal(0x11E60398u, ZlibFraming.Adler32(Encoding.ASCII.GetBytes("Wikipedia")));

    [Fact]
    public void Corrupted_checksum_is_rejected()
    {
        byte[] framed = ZlibFraming.Compress(Encoding.UTF8.GetBytes("hello"));
        framed[^1] ^= 0xFF;
        Assert.Throws<InvalidDataException>(() => ZlibFraming.Decompress(framed));
    }

    [Theory]
    [InlineData("")]
    [InlineData("not base64 !!")]
    [InlineData("eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZ")] // truncated
    [InlineData("aGVsbG8gd29ybGQ_")]                            // base64 of text, not zlib
    public void Undecodable_usersigs_give_a_typed_error_that_does_not_repeat_the_input(string bad)
    {
        var e = Assert.Throws<UserSigFormatException>(() => UserSigCodec.Decode(bad));
        if (bad.Length > 0) Assert.DoesNotContain(bad, e.Message);
    }

    [Fact]
    public void Expiry_is_inclusive_of_the_final_second()
    {
        using var key = ChatSecretKey.FromString("k");
        var decoded = UserSigCodec.Decode(UserSigCodec.Create(1, key, "a", SpecTime, TimeSpan.FromSeconds(10)));
        Assert.False(decoded.IsExpiredAt(SpecTime.AddSeconds(10)));
        Assert.True(decoded.IsExpiredAt(SpecTime.AddSeconds(11)));
    }

    [Fact]
    public void Secret_key_never_prints()
    {
        using var key = ChatSecretKey.FromString(SpecKey);
        Assert.DoesNotContain(SpecKey, key.ToString());
        Assert.DoesNotContain(SpecKey, JsonSerializer.Serialize(key));
    }
}
