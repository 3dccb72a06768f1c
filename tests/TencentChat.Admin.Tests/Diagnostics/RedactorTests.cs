using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Diagnostics;

namespace TencentChat.Admin.Tests.Diagnostics;

public class RedactorTests
{
    [Theory]
    [InlineData("POST https://h/v4/recentcontact/get_list?sdkappid=1&identifier=a&usersig=abcDEF123*-_&random=5", "usersig=***&random=5")]
    [InlineData("url ...&UserSig=secretvalue trailing", "UserSig=*** trailing")]
    [InlineData("quoted \"usersig=zzz\" end", "\"usersig=***\" end")]
    public void Masks_the_usersig_query_value_wherever_a_url_appears(string text, string expectedTail)
    {
        string redacted = new Redactor().Redact(text);
        Assert.EndsWith(expectedTail, redacted);
        Assert.DoesNotContain("abcDEF123", redacted);
        Assert.DoesNotContain("secretvalue", redacted);
    }

    [Fact]
    public void Masks_registered_usersigs_and_anything_shaped_like_one()
    {
        var redactor = new Redactor();
        redactor.Register("plain-registered-signature");
        string shaped = "eJyrVgrxCdYrSy1SslIy0jNQ0gHzM1NS80oy0zLBwhWZiflZpXlQqeKU7MSCgswUJSt";
        string redacted = redactor.Redact($"server said: bad sig plain-registered-signature / {shaped}.");
        Assert.Equal("server said: bad sig *** / ***.", redacted);
    }

    [Fact]
    public void Masks_the_secret_key_itself()
    {
        var redactor = new Redactor();
        using var key = ChatSecretKey.FromString("k3y-with-ünïcode");
        redactor.Register(key);
        Assert.Equal("oops *** pasted twice ***", redactor.Redact("oops k3y-with-ünïcode pasted twice k3y-with-ünïcode"));
    }

    [Fact]
    public void Leaves_ordinary_text_alone()
    {
        const string text = "get_list user_0001: page 2, 20 conversations, CompleteFlag 0.";
        Assert.Equal(text, new Redactor().Redact(text));
    }

    [Fact]
    public void Log_lines_are_stored_redacted()
    {
        var redactor = new Redactor();
        redactor.Register("registered-signature-value");
        var log = new ChatLog(redactor);
        log.Debug("POST http://x/?usersig=registered-signature-value&random=1");
        log.Warning("echo registered-signature-value");
        Assert.True(log.TryTake(out _, out string first));
        Assert.True(log.TryTake(out _, out string second));
        Assert.DoesNotContain("registered-signature-value", first + second);
    }
}
