using System.Text.Json.Serialization;

namespace TencentChat.Admin.Client.Wire
{
    /// <summary>
    /// The envelope every answer carries (spec §1.4). Response DTOs derive from it, so one pass over the body
    /// reads the error code and the command's own fields together.
    /// </summary>
    internal class WireEnvelope
    {
        private int? _errorCode;

        [JsonPropertyName("ActionStatus")] public string? ActionStatus { get; set; }

        [JsonPropertyName("ErrorCode")]
        public int? ErrorCode
        {
            get => _errorCode;
            set
            {
                _errorCode = value;
                HasErrorCode = true;
            }
        }

        /// <summary>True when the body had an ErrorCode field, even <c>null</c>: a null code is a malformed answer, not a missing one.</summary>
        [JsonIgnore] public bool HasErrorCode { get; private set; }

        [JsonPropertyName("ErrorInfo")] public string? ErrorInfo { get; set; }
        [JsonPropertyName("ErrorDisplay")] public string? ErrorDisplay { get; set; }
    }

    /// <summary>The answer of a command that returns nothing but the envelope (e.g. delete).</summary>
    internal sealed class EnvelopeOnlyResponse : WireEnvelope
    {
    }
}
