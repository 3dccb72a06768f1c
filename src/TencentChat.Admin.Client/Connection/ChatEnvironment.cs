using System;
using System.Globalization;
using TencentChat.Admin.Client.Authentication;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Connection
{
    /// <summary>
    /// Connection settings from environment variables, for unattended runbooks (Connect-ChatAdmin with no
    /// credential parameters). Explicit parameters win over the environment.
    /// </summary>
    public static class ChatEnvironment
    {
        public const string SdkAppIdVariable = "TENCENTCHAT_SDKAPPID";
        public const string IdentifierVariable = "TENCENTCHAT_IDENTIFIER";
        public const string SecretKeyVariable = "TENCENTCHAT_SECRETKEY";
        public const string UserSigVariable = "TENCENTCHAT_USERSIG";
        public const string RegionVariable = "TENCENTCHAT_REGION";
        public const string EndpointVariable = "TENCENTCHAT_ENDPOINT";

        /// <summary>Fills what <paramref name="settings"/> lacks from <paramref name="getVariable"/>.</summary>
        public static void FillMissing(ChatConnectionSettings settings, Func<string, string?> getVariable)
        {
            string? appId = Value(getVariable, SdkAppIdVariable);
            if (settings.SdkAppId == null && appId != null)
            {
                if (!long.TryParse(appId, NumberStyles.None, CultureInfo.InvariantCulture, out long parsed))
                    throw new ChatInputException("MalformedSdkAppId", $"{SdkAppIdVariable} is '{appId}', not a number.", appId);
                settings.SdkAppId = parsed;
            }
            settings.Identifier ??= Value(getVariable, IdentifierVariable);

            if (settings.SecretKey == null && settings.UserSig == null)
            {
                string? key = Value(getVariable, SecretKeyVariable);
                if (key != null)
                {
                    settings.SecretKey = ChatSecretKey.FromString(key);
                    settings.CredentialSource = "Environment";
                }
                else if ((settings.UserSig = Value(getVariable, UserSigVariable)) != null)
                {
                    settings.CredentialSource = "Environment";
                }
            }

            if (settings.Region == null && settings.Endpoint == null)
            {
                string? region = Value(getVariable, RegionVariable);
                string? endpoint = Value(getVariable, EndpointVariable);
                if (region != null)
                {
                    if (!Enum.TryParse(region, ignoreCase: true, out ChatRegion parsed) || !Enum.IsDefined(typeof(ChatRegion), parsed))
                        throw new ChatInputException("InvalidRegion",
                            $"{RegionVariable} is '{region}'; expected one of {string.Join(", ", Enum.GetNames(typeof(ChatRegion)))}.", region);
                    settings.Region = parsed;
                }
                if (endpoint != null)
                {
                    if (!Uri.TryCreate(endpoint, UriKind.Absolute, out var uri))
                        throw new ChatInputException("InvalidEndpoint", $"{EndpointVariable} is '{endpoint}', not an absolute URI.", endpoint);
                    settings.Endpoint = uri;
                }
            }
        }

        private static string? Value(Func<string, string?> getVariable, string name)
        {
            string? value = getVariable(name);
            return string.IsNullOrWhiteSpace(value) ? null : value!.Trim();
        }
    }
}
