using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.MessageBodies;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Tests.MessageBodies;

/// <summary>The §4 elements: typed reads with Tencent's exact casing, and bodies written back exactly as read.</summary>
public class ChatMessageBodyTests
{
    // One body per element type, in the field names and casing of spec §4.2 (the image, sound, file and video fields
    // as Tencent's REST samples write them: URL on images, Url and Download_Flag on sounds and files).
    public const string Text = """[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi, beauty"}}]""";
    public const string Location = """[{"MsgType":"TIMLocationElem","MsgContent":{"Desc":"someinfo","Latitude":29.340656774469956,"Longitude":116.77497920478824}}]""";
    public const string Face = """[{"MsgType":"TIMFaceElem","MsgContent":{"Index":1,"Data":"content"}}]""";
    public const string Custom = """[{"MsgType":"TIMCustomElem","MsgContent":{"Data":"message","Desc":"notification","Ext":"url","Sound":"dingdong.aiff"}}]""";
    public const string Sound = """[{"MsgType":"TIMSoundElem","MsgContent":{"Url":"https://1400000000.vod2.myqcloud.com/a.mp3","UUID":"305c0201","Size":62351,"Second":1,"Download_Flag":2}}]""";
    public const string Image = """[{"MsgType":"TIMImageElem","MsgContent":{"UUID":"1853095_D61040894AC3DE44CDFFFB3EC7EB720F","ImageFormat":1,"ImageInfoArray":[{"Type":1,"Size":1853095,"Width":2448,"Height":3264,"URL":"http://example.com/1.jpg"},{"Type":2,"Size":484701,"Width":720,"Height":960,"URL":"http://example.com/2.jpg"},{"Type":3,"Size":45477,"Width":191,"Height":256,"URL":"http://example.com/3.jpg"}]}}]""";
    public const string File = """[{"MsgType":"TIMFileElem","MsgContent":{"Url":"https://example.com/a.pdf","UUID":"5_1400001_a","FileSize":1773552,"FileName":"a.pdf","Download_Flag":2}}]""";
    public const string Video = """[{"MsgType":"TIMVideoFileElem","MsgContent":{"VideoUrl":"https://example.com/v.mp4","VideoUUID":"v1","VideoSize":1194603,"VideoSecond":5,"VideoFormat":"mp4","VideoDownloadFlag":2,"ThumbUrl":"https://example.com/t.jpg","ThumbUUID":"t1","ThumbSize":13907,"ThumbWidth":720,"ThumbHeight":1280,"ThumbFormat":"JPG","ThumbDownloadFlag":2}}]""";
    public const string Relay = """[{"MsgType":"TIMRelayElem","MsgContent":{"Title":"Chat history","MsgNum":2,"CompatibleText":"Upgrade to view","AbstractList":["a: hi","b: ho"],"MsgList":[{"From_Account":"a","To_Account":"b","MsgSeq":1,"MsgRandom":2,"MsgTimeStamp":1700000000,"MsgBody":[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}]}]}}]""";
    public const string Unknown = """[{"MsgType":"TIMFutureElem","MsgContent":{"X":[1,2.50,{"y":null}],"Z":1e3},"Extra":true}]""";

    public static readonly string[] AllSamples = { Text, Location, Face, Custom, Sound, Image, File, Video, Relay, Unknown };

    public static TheoryData<string> Samples => new(AllSamples);

    private sealed class Holder
    {
        [JsonPropertyName("MsgBody")] public ChatMessageBody? MsgBody { get; set; }
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_element_type_round_trips_exactly_through_Parse(string json)
    {
        var body = ChatMessageBody.Parse(json);
        Assert.Equal(json, body.Json);
        Assert.Equal(json, ChatMessageBody.Parse(body.Json).Json);
        Assert.Equal(json, ChatMessageBody.FromElements(body.Elements).Json);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void Every_element_type_round_trips_exactly_through_a_wire_message(string json)
    {
        string message = "{\"MsgBody\":" + json + "}";
        var holder = JsonSerializer.Deserialize<Holder>(message)!;
        Assert.Equal(message, JsonSerializer.Serialize(holder));
    }

    [Fact]
    public void Typed_fields_are_read_with_Tencents_casing()
    {
        var sound = Assert.IsType<ChatSoundElement>(Assert.Single(ChatMessageBody.Parse(Sound).Elements));
        Assert.Equal(("https://1400000000.vod2.myqcloud.com/a.mp3", "305c0201", 62351L, 1L, 2L), (sound.Url, sound.UUID, sound.Size, sound.Second, sound.DownloadFlag));

        var image = Assert.IsType<ChatImageElement>(Assert.Single(ChatMessageBody.Parse(Image).Elements));
        Assert.Equal(1L, image.ImageFormat);
        Assert.Equal(new[] { "http://example.com/1.jpg", "http://example.com/2.jpg", "http://example.com/3.jpg" }, image.ImageInfoArray.Select(i => i.URL));
        Assert.Equal((3L, 45477L, 191L, 256L), (image.ImageInfoArray[2].Type, image.ImageInfoArray[2].Size, image.ImageInfoArray[2].Width, image.ImageInfoArray[2].Height));

        var file = Assert.IsType<ChatFileElement>(Assert.Single(ChatMessageBody.Parse(File).Elements));
        Assert.Equal(("https://example.com/a.pdf", 1773552L, "a.pdf", 2L), (file.Url, file.FileSize, file.FileName, file.DownloadFlag));

        var video = Assert.IsType<ChatVideoElement>(Assert.Single(ChatMessageBody.Parse(Video).Elements));
        Assert.Equal(("https://example.com/v.mp4", 5L, 2L, "https://example.com/t.jpg", 720L, 1280L, 2L),
            (video.VideoUrl, video.VideoSecond, video.VideoDownloadFlag, video.ThumbUrl, video.ThumbWidth, video.ThumbHeight, video.ThumbDownloadFlag));

        var location = Assert.IsType<ChatLocationElement>(Assert.Single(ChatMessageBody.Parse(Location).Elements));
        Assert.Equal(("someinfo", 29.340656774469956, 116.77497920478824), (location.Desc, location.Latitude!.Value, location.Longitude!.Value));

        var face = Assert.IsType<ChatFaceElement>(Assert.Single(ChatMessageBody.Parse(Face).Elements));
        Assert.Equal((1L, "content"), (face.Index, face.Data));

        var custom = Assert.IsType<ChatCustomElement>(Assert.Single(ChatMessageBody.Parse(Custom).Elements));
        Assert.Equal(("message", "notification", "url", "dingdong.aiff"), (custom.Data, custom.Desc, custom.Ext, custom.Sound));
    }

    [Fact]
    public void The_wrong_casing_is_not_read_as_the_field()
    {
        // A sound's address is Url and an image's URL: the other spelling is not Tencent's field, so it is not read as it.
        var sound = (ChatSoundElement)ChatMessageBody.Parse("""[{"MsgType":"TIMSoundElem","MsgContent":{"URL":"x","DownloadFlag":2}}]""").Elements[0];
        Assert.Null(sound.Url);
        Assert.Null(sound.DownloadFlag);
        var image = (ChatImageElement)ChatMessageBody.Parse("""[{"MsgType":"TIMImageElem","MsgContent":{"ImageInfoArray":[{"Url":"x"}]}}]""").Elements[0];
        Assert.Null(image.ImageInfoArray[0].URL);
    }

    [Fact]
    public void A_file_name_is_also_read_from_the_English_tables_fileName_and_written_as_given()
    {
        string json = """[{"MsgType":"TIMFileElem","MsgContent":{"fileName":"b.txt"}}]""";
        var body = ChatMessageBody.Parse(json);
        Assert.Equal("b.txt", ((ChatFileElement)body.Elements[0]).FileName);
        Assert.Equal(json, body.Json);
    }

    [Fact]
    public void A_relay_keeps_its_forwarded_messages_as_JSON_and_types_its_header()
    {
        var relay = Assert.IsType<ChatRelayElement>(Assert.Single(ChatMessageBody.Parse(Relay).Elements));
        Assert.Equal(("Chat history", 2L, "Upgrade to view"), (relay.Title, relay.MsgNum, relay.CompatibleText));
        Assert.Equal(new[] { "a: hi", "b: ho" }, relay.AbstractList);
        Assert.Contains("\"MsgList\":[{\"From_Account\":\"a\"", relay.ContentJson);
    }

    [Fact]
    public void An_unknown_element_is_kept_verbatim_between_known_ones()
    {
        string json = "[" + Text[1..^1] + "," + Unknown[1..^1] + "," + Face[1..^1] + "]";
        var body = ChatMessageBody.Parse(json);
        Assert.Equal(new[] { "TIMTextElem", "TIMFutureElem", "TIMFaceElem" }, body.Elements.Select(e => e.MsgType));
        var unknown = Assert.IsType<ChatUnknownElement>(body.Elements[1]);
        Assert.Equal(Unknown[1..^1], unknown.Json);
        Assert.Equal("""{"X":[1,2.50,{"y":null}],"Z":1e3}""", unknown.ContentJson);
        Assert.Equal(json, body.Json);
    }

    [Fact]
    public void An_answers_body_of_any_shape_is_read_without_throwing_and_kept()
    {
        foreach (string json in new[] { "[]", "{}", "\"text\"", "[1,{\"MsgContent\":{}},{\"MsgType\":7}]" })
        {
            var holder = JsonSerializer.Deserialize<Holder>("{\"MsgBody\":" + json + "}")!;
            Assert.Equal(json, holder.MsgBody!.Json);
            Assert.All(holder.MsgBody.Elements, e => Assert.IsType<ChatUnknownElement>(e));
        }
    }

    [Fact]
    public void Text_joins_the_text_elements_without_a_separator()
    {
        string json = """[{"MsgType":"TIMTextElem","MsgContent":{"Text":"one "}},{"MsgType":"TIMFaceElem","MsgContent":{"Index":1}},{"MsgType":"TIMTextElem","MsgContent":{"Text":"two"}}]""";
        Assert.Equal("one two", ChatMessageBody.Parse(json).Text);
        Assert.Equal("", ChatMessageBody.Parse(Image).Text);
        Assert.Equal("hi, beauty", ChatMessageBody.Parse(Text).Text);
    }

    [Fact]
    public void A_body_from_text_alone_is_one_text_element()
    {
        var body = ChatMessageBody.FromText("hi \"you\" 你好");
        Assert.Equal("""[{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi \"you\" 你好"}}]""", body.Json);
        Assert.Equal("hi \"you\" 你好", body.Text);
    }

    [Fact]
    public void Escaped_characters_read_the_same_as_written_ones_and_count_by_their_UTF8_size()
    {
        var escaped = ChatMessageBody.Parse("""[{"MsgType":"TIMTextElem","MsgContent":{"Text":"\u4f60\u597d"}}]""");
        Assert.Equal("""[{"MsgType":"TIMTextElem","MsgContent":{"Text":"你好"}}]""", escaped.Json);
        Assert.Equal(Encoding.UTF8.GetByteCount(escaped.Json), escaped.ByteCount);
    }

    [Theory]
    [InlineData("", "empty")]
    [InlineData("   ", "empty")]
    [InlineData("[]", "no elements")]
    [InlineData("not json", "not valid JSON")]
    [InlineData("""{"MsgType":"TIMTextElem","MsgContent":{"Text":"hi"}}""", "must be a JSON array")]
    [InlineData("""[{"MsgContent":{"Text":"hi"}}]""", "Element 0 of the message body has no MsgType string")]
    [InlineData("""[{"MsgType":"TIMTextElem","MsgContent":{}},{"MsgType":"TIMTextElem"}]""", "Element 1 of the message body has no MsgContent object")]
    [InlineData("""[1]""", "Element 0 of the message body is not an object")]
    public void Input_that_is_not_a_body_is_refused_with_InvalidMsgBody(string json, string message)
    {
        var e = Assert.Throws<ChatInputException>(() => ChatMessageBody.Parse(json, target: "row 3"));
        Assert.Equal("InvalidMsgBody", e.ErrorId);
        Assert.Contains(message, e.Message);
        Assert.Equal("row 3", e.Target);
        Assert.NotNull(e.RecommendedAction);
    }

    [Fact]
    public void No_elements_is_refused()
    {
        Assert.Equal("InvalidMsgBody", Assert.Throws<ChatInputException>(() => ChatMessageBody.FromElements(Array.Empty<ChatMessageElement>())).ErrorId);
    }

    [Fact]
    public void The_size_check_allows_the_limit_and_names_the_size_and_the_limit_above_it()
    {
        int overhead = ChatMessageBody.FromText("").ByteCount;
        var atLimit = ChatMessageBody.FromText(new string('a', MessageSize.MaxBytes - overhead - 3));
        Assert.Equal(MessageSize.MaxBytes, MessageSize.Of(atLimit, "你"));
        MessageSize.Check(atLimit, "你");

        var e = Assert.Throws<ChatInputException>(() => MessageSize.Check(atLimit, "你!", target: "u1"));
        Assert.Equal("MessageTooLarge", e.ErrorId);
        Assert.Contains("12,289 bytes", e.Message);
        Assert.Contains("limit of 12,288 bytes", e.Message);
        Assert.Equal("u1", e.Target);
        Assert.NotNull(e.RecommendedAction);
    }
}
