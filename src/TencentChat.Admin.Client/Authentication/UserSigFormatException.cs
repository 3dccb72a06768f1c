using System;

namespace TencentChat.Admin.Client.Authentication
{
    /// <summary>A string that is not a decodable UserSig v2. The message never repeats the input.</summary>
    public sealed class UserSigFormatException : FormatException
    {
        public UserSigFormatException(string message) : base(message) { }
    }
}
