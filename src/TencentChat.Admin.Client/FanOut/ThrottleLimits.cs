using TencentChat.Admin.Client.Transport;

namespace TencentChat.Admin.Client.FanOut
{
    /// <summary>-ThrottleLimit of every cmdlet that works on many owner accounts at once (<see cref="AccountFanOut"/>), reads and writes alike.</summary>
    public static class ThrottleLimits
    {
        /// <summary>
        /// 16 requests in flight at Tencent's typical 100 ms answer make about 160 requests per second: close to the
        /// 200 calls/s each API allows per app, with room left for other work on the same app. Where answers come faster,
        /// the session's rate limit (-RateLimit) paces the requests anyway.
        /// </summary>
        public const int Default = 16;

        /// <summary>
        /// As many as one session holds connections to the API (more would only queue for a connection); 256 in flight
        /// already fill 200 requests/s at answer times up to 1.28 s.
        /// </summary>
        public const int Maximum = ChatApiTransport.MaxConnections;
    }
}
