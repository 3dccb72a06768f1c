using System.Text;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;
using TencentChat.Admin.Client.Profiles;
using TencentChat.Admin.Tests.Support;

namespace TencentChat.Admin.Tests.Profiles;

/// <summary>The profile family's operations over real loopback HTTP against the emulator (demo seed: user_0001..user_0012).</summary>
public class ProfileOperationsTests
{
    internal static async Task DeclareAsync(EmulatorFixture emulator, string settingsJson)
    {
        using var http = new HttpClient { BaseAddress = emulator.Host.BaseAddress };
        using var content = new StringContent(settingsJson, Encoding.UTF8, "application/json");
        (await http.PostAsync("_emulator/settings", content)).EnsureSuccessStatusCode();
    }

    private static Dictionary<string, string?> Fields(params (string Name, string? Value)[] fields) => fields.ToDictionary(f => f.Name, f => f.Value);

    [Fact]
    public async Task Set_then_get_round_trips_every_standard_tag_and_a_custom_one_with_prefixes_stripped()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        await DeclareAsync(emulator, """{"ProfileCustomTags":["Test"]}""");
        var session = emulator.OpenSession();
        var update = ProfileUpdate.Prepare("user_0001", Fields(("Nick", "Mei"), ("Gender", "female"), ("BirthDay", "20190419"), ("Location", "0086000100020003"),
            ("SelfSignature", "hi"), ("AllowType", "AllowType_Type_DenyAny"), ("Language", "7"), ("FaceUrl", "https://example.com/a.png"),
            ("MessageSettings", "1"), ("AdminForbidType", "SendOut"), ("Level", "3"), ("Role", "4")), new Dictionary<string, string> { ["Test"] = "vip" }, new[] { "Test" });

        var set = await update.SendAsync(session, TestSessions.Log(session), default);
        Assert.Null(set.Failure);

        var read = (await ProfileQuery.GetAsync(session, new[] { "user_0001" }, ProfileQuery.TagList(null, new[] { "Test" }), TestSessions.Log(session), default)).Single();
        Assert.Null(read.Failure);
        Assert.Equal(("Mei", "Female", 20190419u, "0086000100020003", "hi", "DenyAny", 7u), (read.Nick, read.Gender, read.BirthDay, read.Location, read.SelfSignature, read.AllowType, read.Language));
        Assert.Equal(("https://example.com/a.png", 1u, "SendOut", 3u, 4u), (read.FaceUrl, read.MessageSettings, read.AdminForbidType, read.Level, read.Role));
        Assert.Equal("vip", read.Custom["Test"]);
        Assert.Equal("""{"Test":"vip"}""", read.CustomJson);
        Assert.Equal(1, emulator.Requests("portrait_set"));
    }

    [Fact]
    public async Task Get_of_an_unknown_account_fails_that_account_alone_with_AccountNotFound_targeting_it()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();

        var profiles = await ProfileQuery.GetAsync(session, new[] { "user_0001", "nobody", "user_0002" }, ProfileQuery.TagList(new[] { "Nick" }, null), TestSessions.Log(session), default);

        Assert.Equal(new[] { "user_0001", "nobody", "user_0002" }, profiles.Select(p => p.Account));
        Assert.Null(profiles[0].Failure);
        var failure = Assert.IsType<ChatApiException>(profiles[1].Failure);
        Assert.Equal(("AccountNotFound", 40003), (failure.ErrorId, failure.ErrorCode));
        Assert.Same(profiles[1], failure.Target);
        Assert.Null(profiles[2].Failure);
    }

    [Theory]
    [InlineData("Gender", "Other", "InvalidProfileTagValue")]
    [InlineData("AllowType", "Maybe", "InvalidProfileTagValue")]
    [InlineData("BirthDay", "2019-04-19", "InvalidProfileTagValue")]
    [InlineData("Level", "-1", "InvalidProfileTagValue")]
    [InlineData("Location", "12345678901234567", "InvalidProfileTagValue")]
    public void Prepare_refuses_a_bad_standard_value_before_any_request(string field, string value, string errorId)
    {
        var e = Assert.Throws<ChatInputException>(() => ProfileUpdate.Prepare("user_0001", Fields((field, value)), null, null));
        Assert.Equal(errorId, e.ErrorId);
        Assert.Equal("user_0001", Assert.IsType<ChatUserProfile>(e.Target).Account);
    }

    [Fact]
    public void Prepare_refuses_a_Nick_over_500_bytes_and_takes_one_of_exactly_500()
    {
        var e = Assert.Throws<ChatInputException>(() => ProfileUpdate.Prepare("user_0001", Fields(("Nick", new string('é', 251))), null, null));
        Assert.Equal("InvalidProfileValue", e.ErrorId);
        Assert.Contains("502 bytes", e.Message);
        Assert.Equal(new string('é', 250), ProfileUpdate.Prepare("user_0001", Fields(("Nick", new string('é', 250))), null, null).Profile.Nick);
    }

    [Fact]
    public void Prepare_refuses_an_undeclared_custom_tag_only_when_the_declarations_are_given()
    {
        var custom = new Dictionary<string, string> { ["Other"] = "x" };
        Assert.Equal("UndeclaredCustomTag", Assert.Throws<ChatInputException>(() => ProfileUpdate.Prepare("user_0001", Fields(), custom, new[] { "Test" })).ErrorId);
        Assert.Equal("Tag_Profile_Custom_Other", ProfileUpdate.Prepare("user_0001", Fields(), custom, null).Describe());
        Assert.Equal("InvalidProfileTag", Assert.Throws<ChatInputException>(() => ProfileUpdate.Prepare("user_0001", Fields(), new Dictionary<string, string> { ["Te5t"] = "x" }, null)).ErrorId);
    }

    [Fact]
    public void Prepare_sends_only_the_fields_given_and_refuses_a_row_with_none()
    {
        var update = ProfileUpdate.Prepare("user_0001", Fields(("Nick", ""), ("Gender", null), ("Level", "2")), null, null);
        Assert.Equal("Tag_Profile_IM_Level", update.Describe());
        Assert.Null(update.Profile.Nick);
        Assert.Equal("NoProfileValues", Assert.Throws<ChatInputException>(() => ProfileUpdate.Prepare("user_0001", Fields(("Nick", "")), null, null)).ErrorId);
    }

    [Fact]
    public async Task Set_refused_by_Tencent_carries_the_code_with_the_profile_as_target()
    {
        await using var emulator = await EmulatorFixture.StartAsync();
        var session = emulator.OpenSession();
        var update = ProfileUpdate.Prepare("user_0001", Fields(), new Dictionary<string, string> { ["Test"] = "x" }, null);

        var result = await update.SendAsync(session, TestSessions.Log(session), default);

        var failure = Assert.IsType<ChatApiException>(result.Failure);
        Assert.Equal(("UndeclaredCustomTag", 40009), (failure.ErrorId, failure.ErrorCode));
        Assert.Same(result, failure.Target);
    }

    [Fact]
    public void TagList_defaults_to_every_standard_tag_and_resolves_property_and_Tencent_names()
    {
        Assert.Equal(12, ProfileQuery.TagList(null, null).Count);
        Assert.Equal(new[] { "Tag_Profile_IM_Image", "Tag_Profile_IM_Nick", "Tag_Profile_Custom_Test" },
            ProfileQuery.TagList(new[] { "faceurl", "Tag_Profile_IM_Nick", "Custom.Test" }, null));
        Assert.Equal("InvalidProfileTag", Assert.Throws<ChatInputException>(() => ProfileQuery.TagList(new[] { "Age" }, null)).ErrorId);
    }

    [Fact]
    public void CustomJson_round_trips_and_refuses_text_that_is_not_an_object_of_strings()
    {
        var profile = new ChatUserProfile { CustomJson = """{"b":"2","a":"ü;\"x"}""" };
        Assert.Equal("""{"a":"ü;\"x","b":"2"}""", profile.CustomJson);
        Assert.Equal(profile.CustomJson, new ChatUserProfile { CustomJson = profile.CustomJson }.CustomJson);
        Assert.Equal("InvalidCustomJson", Assert.Throws<ChatInputException>(() => new ChatUserProfile { CustomJson = "[1]" }).ErrorId);
        Assert.Empty(new ChatUserProfile { CustomJson = "" }.Custom);
    }
}
