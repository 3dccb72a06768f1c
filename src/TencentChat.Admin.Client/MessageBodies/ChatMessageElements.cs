using System.Text.Json;
using TencentChat.Admin.Client.MessageBodies;

namespace TencentChat.Admin.Client.Models
{
    /// <summary>TIMTextElem: a text; a message's <c>Text</c> is its text elements joined.</summary>
    public sealed class ChatTextElement : ChatMessageElement
    {
        internal const string Type = "TIMTextElem";

        internal ChatTextElement(JsonElement element) : base(element) => Text = StringField("Text");

        /// <summary>A new text element.</summary>
        public ChatTextElement(string text) : this(Build(Type, w => w.WriteString("Text", text))) { }

        public string? Text { get; }
    }

    /// <summary>TIMLocationElem: a place, with its description.</summary>
    public sealed class ChatLocationElement : ChatMessageElement
    {
        internal const string Type = "TIMLocationElem";

        internal ChatLocationElement(JsonElement element) : base(element)
        {
            Desc = StringField("Desc");
            Latitude = NumberField("Latitude");
            Longitude = NumberField("Longitude");
        }

        public string? Desc { get; }
        public double? Latitude { get; }
        public double? Longitude { get; }
    }

    /// <summary>TIMFaceElem: an emoji or sticker, by the app's own index and data.</summary>
    public sealed class ChatFaceElement : ChatMessageElement
    {
        internal const string Type = "TIMFaceElem";

        internal ChatFaceElement(JsonElement element) : base(element)
        {
            Index = IntegerField("Index");
            Data = StringField("Data");
        }

        public long? Index { get; }
        public string? Data { get; }
    }

    /// <summary>TIMCustomElem: the app's own data; Desc is the push text, Ext and Sound go to APNs.</summary>
    public sealed class ChatCustomElement : ChatMessageElement
    {
        internal const string Type = "TIMCustomElem";

        internal ChatCustomElement(JsonElement element) : base(element)
        {
            Data = StringField("Data");
            Desc = StringField("Desc");
            Ext = StringField("Ext");
            Sound = StringField("Sound");
        }

        public string? Data { get; }
        public string? Desc { get; }
        public string? Ext { get; }
        public string? Sound { get; }
    }

    /// <summary>TIMSoundElem: a voice clip. Its address is <c>Url</c> (not URL) and its flag <c>Download_Flag</c>, as Tencent spells them.</summary>
    public sealed class ChatSoundElement : ChatMessageElement
    {
        internal const string Type = "TIMSoundElem";

        internal ChatSoundElement(JsonElement element) : base(element)
        {
            Url = StringField("Url");
            UUID = StringField("UUID");
            Size = IntegerField("Size");
            Second = IntegerField("Second");
            DownloadFlag = IntegerField("Download_Flag");
        }

        public string? Url { get; }
        public string? UUID { get; }
        public long? Size { get; }
        public long? Second { get; }

        /// <summary>The wire field Download_Flag (2 for messages sent through the REST API).</summary>
        public long? DownloadFlag { get; }
    }

    /// <summary>TIMImageElem: an image, in up to three sizes (ImageInfoArray).</summary>
    public sealed class ChatImageElement : ChatMessageElement
    {
        internal const string Type = "TIMImageElem";

        internal ChatImageElement(JsonElement element) : base(element)
        {
            UUID = StringField("UUID");
            ImageFormat = IntegerField("ImageFormat");
            ImageInfoArray = ListOf(Field("ImageInfoArray"), info => info.ValueKind == JsonValueKind.Object ? new ChatImageInfo(info) : null);
        }

        public string? UUID { get; }

        /// <summary>1 JPG, 2 GIF, 3 PNG, 4 BMP, 255 other.</summary>
        public long? ImageFormat { get; }

        public ChatValueList<ChatImageInfo> ImageInfoArray { get; }
    }

    /// <summary>One size of an image. Its address is <c>URL</c>, upper case, unlike every other element's Url.</summary>
    public sealed class ChatImageInfo
    {
        internal ChatImageInfo(JsonElement info)
        {
            Type = Integer(info, "Type");
            Size = Integer(info, "Size");
            Width = Integer(info, "Width");
            Height = Integer(info, "Height");
            URL = info.TryGetProperty("URL", out JsonElement url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
        }

        /// <summary>1 original, 2 large, 3 thumbnail.</summary>
        public long? Type { get; }
        public long? Size { get; }
        public long? Width { get; }
        public long? Height { get; }
        public string? URL { get; }

        public override string ToString() => URL ?? string.Empty;

        private static long? Integer(JsonElement info, string name) =>
            info.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out long number) ? number : (long?)null;
    }

    /// <summary>TIMFileElem: a file. <c>Url</c> and <c>Download_Flag</c> as Tencent spells them; FileName is read as fileName too (the English table's spelling).</summary>
    public sealed class ChatFileElement : ChatMessageElement
    {
        internal const string Type = "TIMFileElem";

        internal ChatFileElement(JsonElement element) : base(element)
        {
            Url = StringField("Url");
            UUID = StringField("UUID");
            FileSize = IntegerField("FileSize");
            FileName = StringField("FileName") ?? StringField("fileName");
            DownloadFlag = IntegerField("Download_Flag");
        }

        public string? Url { get; }
        public string? UUID { get; }
        public long? FileSize { get; }
        public string? FileName { get; }

        /// <summary>The wire field Download_Flag (2 for messages sent through the REST API).</summary>
        public long? DownloadFlag { get; }
    }

    /// <summary>TIMVideoFileElem: a video and its thumbnail (VideoDownloadFlag and ThumbDownloadFlag have no underscore).</summary>
    public sealed class ChatVideoElement : ChatMessageElement
    {
        internal const string Type = "TIMVideoFileElem";

        internal ChatVideoElement(JsonElement element) : base(element)
        {
            VideoUrl = StringField("VideoUrl");
            VideoUUID = StringField("VideoUUID");
            VideoSize = IntegerField("VideoSize");
            VideoSecond = IntegerField("VideoSecond");
            VideoFormat = StringField("VideoFormat");
            VideoDownloadFlag = IntegerField("VideoDownloadFlag");
            ThumbUrl = StringField("ThumbUrl");
            ThumbUUID = StringField("ThumbUUID");
            ThumbSize = IntegerField("ThumbSize");
            ThumbWidth = IntegerField("ThumbWidth");
            ThumbHeight = IntegerField("ThumbHeight");
            ThumbFormat = StringField("ThumbFormat");
            ThumbDownloadFlag = IntegerField("ThumbDownloadFlag");
        }

        public string? VideoUrl { get; }
        public string? VideoUUID { get; }
        public long? VideoSize { get; }
        public long? VideoSecond { get; }
        public string? VideoFormat { get; }
        public long? VideoDownloadFlag { get; }
        public string? ThumbUrl { get; }
        public string? ThumbUUID { get; }
        public long? ThumbSize { get; }
        public long? ThumbWidth { get; }
        public long? ThumbHeight { get; }
        public string? ThumbFormat { get; }
        public long? ThumbDownloadFlag { get; }
    }

    /// <summary>
    /// TIMRelayElem: a merged forward. Its header fields are typed; the forwarded messages (MsgList) or their key
    /// (JsonMsgKey) stay JSON, in <see cref="ContentJson"/>, and are sent back exactly as read.
    /// </summary>
    public sealed class ChatRelayElement : ChatMessageElement
    {
        internal const string Type = "TIMRelayElem";

        internal ChatRelayElement(JsonElement element) : base(element)
        {
            Title = StringField("Title");
            MsgNum = IntegerField("MsgNum");
            CompatibleText = StringField("CompatibleText");
            AbstractList = ListOf(Field("AbstractList"), item => item.ValueKind == JsonValueKind.String ? item.GetString() : null);
            JsonMsgKey = StringField("JsonMsgKey");
        }

        public string? Title { get; }
        public long? MsgNum { get; }

        /// <summary>The text SDKs too old to show a merged forward display instead.</summary>
        public string? CompatibleText { get; }

        public ChatValueList<string> AbstractList { get; }

        /// <summary>The key of the forwarded messages when they are too large to travel inside the element (over 12 KB).</summary>
        public string? JsonMsgKey { get; }

        /// <summary>The whole MsgContent as JSON, forwarded messages included.</summary>
        public string ContentJson => MessageBodyJson.Text(Content);
    }

    /// <summary>
    /// An element of a type the module does not model (a newer SDK's, or an app's own): kept whole, so it is shown,
    /// exported and re-sent exactly as it was, never dropped.
    /// </summary>
    public sealed class ChatUnknownElement : ChatMessageElement
    {
        internal ChatUnknownElement(JsonElement element) : base(element) { }

        /// <summary>The element's MsgContent as JSON (empty when it had none; <see cref="ChatMessageElement.Json"/> holds the whole element).</summary>
        public string ContentJson => Content.ValueKind == JsonValueKind.Undefined ? string.Empty : MessageBodyJson.Text(Content);
    }
}
