namespace TencentChat.Admin.Client.Errors
{
    /// <summary>How a request failed below the API, which decides whether a write may be retried.</summary>
    internal enum TransportFailure
    {
        /// <summary>DNS or connect failure: the request never left this machine, so any command may be retried.</summary>
        NotSent,
        /// <summary>Reset, timeout or 5xx after sending: the server may have acted on it.</summary>
        Ambiguous,
        /// <summary>A definite HTTP answer that retrying will not change (4xx).</summary>
        Permanent,
    }

    /// <summary>Whether and how a Tencent error code may be retried (spec §1.5–1.7; Tencent publishes no matrix).</summary>
    internal enum RetryClass
    {
        Never,
        /// <summary>Internal errors and timeouts: the request may or may not have been processed.</summary>
        Transient,
        /// <summary>Frequency limits: the request was rejected unprocessed; back off longer.</summary>
        Throttled,
        /// <summary>The UserSig was refused unprocessed; retry once with a fresh signature.</summary>
        RenewUserSig,
        /// <summary>
        /// One item can fail the whole request (51007, a dismissed group chat): asking again unchanged fails again, so the
        /// transport does not; a batch is split instead until the items that fail alone are found (Operations.ItemResults).
        /// </summary>
        SplitBatch,
    }
}
