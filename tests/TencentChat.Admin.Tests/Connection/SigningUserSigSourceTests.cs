using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Connection;

public class SigningUserSigSourceTests
{
    private static (SigningUserSigSource Source, ManualClock Clock, Redactor Redactor) Create(TimeSpan lifetime)
    {
        var clock = new ManualClock(DateTimeOffset.FromUnixTimeSeconds(1_700_000_000));
        var redactor = new Redactor();
        var source = new SigningUserSigSource(1400000000, "administrator", ChatSecretKey.FromString(TestSessions.Key), lifetime, clock.Now, redactor);
        return (source, clock, redactor);
    }

    [Fact]
    public void Reuses_the_signature_until_a_quarter_of_its_lifetime_is_left()
    {
        var (source, clock, _) = Create(TimeSpan.FromSeconds(60));
        string first = source.GetUserSig();
        clock.Advance(TimeSpan.FromSeconds(44));
        Assert.Same(first, source.GetUserSig());
        clock.Advance(TimeSpan.FromSeconds(1)); // 15 s left = the margin
        string second = source.GetUserSig();
        Assert.NotEqual(first, second);
        Assert.Equal(1_700_000_045, UserSigCodec.Decode(second).IssuedAtUnix);
    }

    [Fact]
    public void Long_lifetimes_renew_five_minutes_before_expiry()
    {
        var (source, clock, _) = Create(TimeSpan.FromDays(1));
        string first = source.GetUserSig();
        clock.Advance(TimeSpan.FromDays(1) - TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        Assert.Same(first, source.GetUserSig());
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotEqual(first, source.GetUserSig());
    }

    [Fact]
    public void A_signature_handed_out_is_never_expired_by_the_clock_it_was_made_with()
    {
        var (source, clock, _) = Create(TimeSpan.FromSeconds(60));
        for (int second = 0; second < 300; second++)
        {
            var contents = UserSigCodec.Decode(source.GetUserSig());
            Assert.False(contents.IsExpiredAt(clock.Now()));
            Assert.True(contents.ExpiresAt - clock.Now() > TimeSpan.FromSeconds(14));
            clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    [Fact]
    public void Renew_forces_a_new_signature_and_every_signature_is_registered_for_redaction()
    {
        var (source, clock, redactor) = Create(TimeSpan.FromHours(1));
        string first = source.GetUserSig();
        clock.Advance(TimeSpan.FromSeconds(1));
        source.Renew();
        string second = source.GetUserSig();
        Assert.NotEqual(first, second);
        Assert.Equal("a *** b ***", redactor.Redact($"a {first} b {second}"));
    }

    [Fact]
    public void Is_safe_to_use_from_many_threads()
    {
        var (source, clock, _) = Create(TimeSpan.FromSeconds(60));
        var seen = new System.Collections.Concurrent.ConcurrentBag<string>();
        Parallel.For(0, 2000, new ParallelOptions { MaxDegreeOfParallelism = 32 }, i =>
        {
            if (i % 100 == 0) clock.Advance(TimeSpan.FromSeconds(5));
            seen.Add(source.GetUserSig());
        });
        Assert.All(seen.Distinct(), sig => Assert.Equal("administrator", UserSigCodec.Decode(sig).Identifier));
        Assert.True(seen.Distinct().Count() <= 2000 / 100 + 1);
    }
}
