namespace TencentChat.Admin.Infrastructure
{
    /// <summary>-ThrottleLimit of the cmdlets that read many accounts at once.</summary>
    internal static class ThrottleLimits
    {
        /// <summary>
        /// 16 requests in flight at Tencent's typical 100 ms answer make about 160 requests per second: close to the
        /// 200 calls/s each API allows per app, with room left for other work on the same app. Where answers come faster,
        /// the session's rate limit (-RateLimit) paces the requests anyway.
        /// </summary>
        public const int Default = 16;

        /// <summary>256 in flight already fill 200 requests/s at answer times up to 1.28 s; the session holds as many connections.</summary>
        public const int Maximum = TencentChat.Admin.Client.Transport.ChatApiTransport.MaxConnections;
    }
}
