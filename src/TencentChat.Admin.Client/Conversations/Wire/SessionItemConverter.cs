using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using TencentChat.Admin.Client.Errors;
using TencentChat.Admin.Client.Models;

namespace TencentChat.Admin.Client.Conversations.Wire
{
    /// <summary>get_list's SessionItem array, already mapped to output objects.</summary>
    internal sealed class SessionItemPage
    {
        public SessionItemPage(int capacity = 0) => Conversations = new List<ChatConversation>(capacity);

        /// <summary>Everything each item says; Account and ContactGroupNames are the pager's to fill, once the whole answer is read.</summary>
        public List<ChatConversation> Conversations { get; }

        /// <summary>
        /// The first item that is JSON of the documented types but not a conversation (a Type without its key, a
        /// StandardMark that is not bits). Kept rather than thrown, because the envelope is checked first: an answer
        /// with a non-zero ErrorCode is reported, and retried, by its code whatever its items hold.
        /// </summary>
        public ChatProtocolException? Fault { get; set; }
    }

    /// <summary>
    /// Reads get_list's SessionItem array straight into ChatConversation objects. Each item is read into a
    /// <see cref="WireSessionItem"/> on the stack and mapped by <see cref="WireMapping.ToConversation"/>, so a listing
    /// allocates its output objects and their strings, not also a DTO per item and an array of them (the P2
    /// allocation target in docs/performance.md). It accepts what generated metadata would: names are
    /// case-sensitive, unknown fields are skipped, a repeated field's last value wins, strings and the id list
    /// may be null, numbers must be JSON numbers in the field's range. Anything else is a JsonException, which
    /// ResponseParsing reports as a body that does not fit (or as the API error its envelope names).
    /// </summary>
    internal sealed class SessionItemConverter : JsonConverter<SessionItemPage>
    {
        public override SessionItemPage Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            if (reader.TokenType != JsonTokenType.StartArray) throw Misfit("an array");
            var page = new SessionItemPage(CountItems(reader));
            for (int index = 0; reader.Read() && reader.TokenType != JsonTokenType.EndArray; index++)
            {
                WireSessionItem item = ReadItem(ref reader, index);
                if (page.Fault != null) continue;
                try
                {
                    page.Conversations.Add(WireMapping.ToConversation(item));
                }
                catch (ChatProtocolException e)
                {
                    page.Fault = e;
                }
            }
            return page;
        }

        // Answers are only read; requests never carry SessionItem.
        public override void Write(Utf8JsonWriter writer, SessionItemPage value, JsonSerializerOptions options) =>
            throw new NotSupportedException("get_list SessionItem is never sent.");

        /// <summary>
        /// The array's length, read ahead on a copy of the reader: a list grown item by item would allocate about
        /// twice its final size again in discarded arrays, while this scan of a body already in memory costs no allocation.
        /// </summary>
        private static int CountItems(Utf8JsonReader ahead)
        {
            int count = 0;
            while (ahead.Read() && ahead.TokenType != JsonTokenType.EndArray)
            {
                ahead.Skip();
                count++;
            }
            return count;
        }

        private static WireSessionItem ReadItem(ref Utf8JsonReader reader, int index)
        {
            if (reader.TokenType != JsonTokenType.StartObject) throw Misfit("an object", index);
            var item = new WireSessionItem();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("Type"u8)) item.Type = ReadInt32(ref reader, index, "Type");
                else if (reader.ValueTextEquals("To_Account"u8)) item.ToAccount = ReadString(ref reader, index, "To_Account");
                else if (reader.ValueTextEquals("GroupId"u8)) item.GroupId = ReadString(ref reader, index, "GroupId");
                else if (reader.ValueTextEquals("MsgTime"u8)) item.MsgTime = ReadInt64(ref reader, index, "MsgTime");
                else if (reader.ValueTextEquals("TopFlag"u8)) item.TopFlag = ReadInt32(ref reader, index, "TopFlag");
                else if (reader.ValueTextEquals("StandardMark"u8)) item.StandardMark = ReadString(ref reader, index, "StandardMark");
                else if (reader.ValueTextEquals("CustomMark"u8)) item.CustomMark = ReadString(ref reader, index, "CustomMark");
                else if (reader.ValueTextEquals("ContactGroupId"u8)) item.ContactGroupId = ReadInt32Array(ref reader, index, "ContactGroupId");
                else
                {
                    reader.Read();
                    reader.Skip();
                }
            }
            return item;
        }

        private static int ReadInt32(ref Utf8JsonReader reader, int index, string field)
        {
            reader.Read();
            return reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int value) ? value : throw Misfit("a 32-bit integer", index, field);
        }

        private static long ReadInt64(ref Utf8JsonReader reader, int index, string field)
        {
            reader.Read();
            return reader.TokenType == JsonTokenType.Number && reader.TryGetInt64(out long value) ? value : throw Misfit("a 64-bit integer", index, field);
        }

        private static string? ReadString(ref Utf8JsonReader reader, int index, string field)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null) return null;
            return reader.TokenType == JsonTokenType.String ? reader.GetString() : throw Misfit("a string", index, field);
        }

        private static int[]? ReadInt32Array(ref Utf8JsonReader reader, int index, string field)
        {
            reader.Read();
            if (reader.TokenType == JsonTokenType.Null) return null;
            if (reader.TokenType != JsonTokenType.StartArray) throw Misfit("an array", index, field);
            var ids = new List<int>();
            while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                ids.Add(reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int id) ? id : throw Misfit("a 32-bit integer", index, field));
            return ids.ToArray();
        }

        /// <summary>Names the place as generated metadata would ($.SessionItem[3].Type), never the value, which may be user data.</summary>
        private static JsonException Misfit(string expected, int? index = null, string? field = null) =>
            new JsonException($"Expected {expected}.", "$.SessionItem" + (index == null ? "" : $"[{index}]") + (field == null ? "" : "." + field), null, null);
    }
}
