using System;
using System.Collections.Generic;

namespace TencentChat.Admin.Client.Connection
{
    /// <summary>Tencent Chat data centres (spec §1.2). The domain must match where the SDKAppID was created.</summary>
    public enum ChatRegion
    {
        China,
        Singapore,
        Seoul,
        Tokyo,
        Frankfurt,
        SiliconValley,
        Jakarta,
        /// <summary>In Tencent's 2024 RESTful API overview with its backup domain; newer versions of the docs no longer list it.</summary>
        Mumbai,
    }

    public static class ChatRegions
    {
        private static readonly Dictionary<ChatRegion, (string Primary, string Backup)> Domains = new Dictionary<ChatRegion, (string, string)>
        {
            [ChatRegion.China] = ("console.tim.qq.com", "adminapi.my-imcloud.com"),
            [ChatRegion.Singapore] = ("adminapisgp.im.qcloud.com", "adminapisgp.my-imcloud.com"),
            [ChatRegion.Seoul] = ("adminapikr.im.qcloud.com", "adminapikr.my-imcloud.com"),
            [ChatRegion.Tokyo] = ("adminapijpn.im.qcloud.com", "adminapijpn.my-imcloud.com"),
            [ChatRegion.Frankfurt] = ("adminapiger.im.qcloud.com", "adminapiger.my-imcloud.com"),
            [ChatRegion.SiliconValley] = ("adminapiusa.im.qcloud.com", "adminapiusa.my-imcloud.com"),
            [ChatRegion.Jakarta] = ("adminapiidn.im.qcloud.com", "adminapiidn.my-imcloud.com"),
            [ChatRegion.Mumbai] = ("adminapiind.im.qcloud.com", "adminapiind.my-imcloud.com"),
        };

        public static Uri PrimaryEndpoint(ChatRegion region) => new Uri("https://" + Domains[region].Primary + "/");
        public static Uri BackupEndpoint(ChatRegion region) => new Uri("https://" + Domains[region].Backup + "/");
    }
}
