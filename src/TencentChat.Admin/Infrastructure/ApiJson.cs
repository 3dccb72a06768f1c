using System.Collections;
using System.Collections.Generic;
using System.Collections.Specialized;
using System.Management.Automation;
using System.Text.Json;
using TencentChat.Admin.Client.Api;

namespace TencentChat.Admin.Infrastructure
{
    /// <summary>
    /// PowerShell values to and from the client's neutral JSON forms, for Invoke-ChatApi: a body becomes dictionaries,
    /// lists and plain values (the client writes and checks the JSON), and an answer's fields become PSCustomObjects,
    /// arrays and plain values, as ConvertFrom-Json makes them.
    /// </summary>
    internal static class ApiJson
    {
        /// <summary>
        /// <paramref name="value"/> without PowerShell's wrappers: a PSCustomObject becomes an ordered dictionary of its
        /// properties, hashtables and arrays are copied with their items unwrapped, anything else is its base object.
        /// </summary>
        public static object? ToTree(object? value) => ToTree(value, 0);

        private static object? ToTree(object? value, int depth)
        {
            object? item = value is PSObject wrapped ? wrapped.BaseObject : value;
            // Past the deepest body the client writes, the rest is left as it is: the client refuses it (InvalidApiBody,
            // naming where) instead of this copy recursing for ever through a hashtable that holds itself.
            if (depth > ChatApiRequest.MaxDepth) return item;
            switch (item)
            {
                case PSCustomObject:
                    var properties = new OrderedDictionary();
                    foreach (PSPropertyInfo property in PSObject.AsPSObject(value!).Properties)
                        properties[property.Name] = ToTree(property.Value, depth + 1);
                    return properties;
                case IDictionary map:
                    var copy = new OrderedDictionary();
                    foreach (DictionaryEntry entry in map)
                        copy[entry.Key] = ToTree(entry.Value, depth + 1);
                    return copy;
                case string _:
                    return item;
                case IEnumerable items:
                    var list = new List<object?>();
                    foreach (object? element in items) list.Add(ToTree(element, depth + 1));
                    return list;
                default:
                    return item;
            }
        }

        /// <summary>An answer's fields as one PSCustomObject, properties in the answer's order.</summary>
        public static PSObject ToObject(IEnumerable<KeyValuePair<string, JsonElement>> fields)
        {
            var result = new PSObject();
            foreach (KeyValuePair<string, JsonElement> field in fields)
                Set(result, field.Key, ToValue(field.Value));
            return result;
        }

        private static object? ToValue(JsonElement element)
        {
            switch (element.ValueKind)
            {
                case JsonValueKind.Object:
                    var result = new PSObject();
                    foreach (JsonProperty property in element.EnumerateObject())
                        Set(result, property.Name, ToValue(property.Value));
                    return result;
                case JsonValueKind.Array:
                    var items = new List<object?>();
                    foreach (JsonElement item in element.EnumerateArray()) items.Add(ToValue(item));
                    return items.ToArray();
                case JsonValueKind.String:
                    return element.GetString();
                case JsonValueKind.Number:
                    if (element.TryGetInt64(out long whole)) return whole;
                    // Beyond long, or with a fraction: decimal keeps every digit where it can (64-bit marks, exact amounts).
                    if (element.TryGetDecimal(out decimal exact)) return exact;
                    return element.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }

        /// <summary>A property, or its new value when the JSON names it twice (the last one wins, as in ConvertFrom-Json).</summary>
        private static void Set(PSObject target, string name, object? value)
        {
            PSPropertyInfo? existing = target.Properties[name];
            if (existing != null) existing.Value = value;
            else target.Properties.Add(new PSNoteProperty(name, value));
        }
    }
}
