using System.Collections.Generic;
using System.Linq;

namespace TencentChat.Admin.Client.Errors
{
    /// <summary>
    /// What a family contributes to <see cref="ChatErrorCatalog"/>: Tencent codes with their ErrorId, category, retry rule and
    /// advice, and the advice of the ErrorIds the module raises itself. One ErrorId per set of codes that call for the same
    /// action, so scripts catch e.g. every throttling code with one FullyQualifiedErrorId.
    /// </summary>
    internal sealed class ChatErrorCodes
    {
        private readonly Dictionary<int, ChatErrorDefinition> _byCode;
        private readonly Dictionary<string, string> _moduleAdvice;

        internal ChatErrorCodes(Dictionary<int, ChatErrorDefinition> byCode, Dictionary<string, string> moduleAdvice)
        {
            _byCode = byCode;
            _moduleAdvice = moduleAdvice;
        }

        /// <summary>A new ErrorId for <paramref name="codes"/>; a code already in the catalogue is a mistake and throws.</summary>
        public void Add(string errorId, ChatErrorKind kind, RetryClass retry, string advice, params int[] codes)
        {
            var definition = new ChatErrorDefinition(errorId, kind, retry, advice);
            foreach (int code in codes) _byCode.Add(code, definition);
        }

        /// <summary>Codes that call for the same action as an ErrorId already in the catalogue share its definition.</summary>
        public void Also(string errorId, params int[] codes)
        {
            var definition = _byCode.Values.First(d => d.ErrorId == errorId);
            foreach (int code in codes) _byCode.Add(code, definition);
        }

        /// <summary>The RecommendedAction of an ErrorId the module raises itself (docs/errors.md, "Errors raised by the module").</summary>
        public void Advice(string errorId, string advice) => _moduleAdvice.Add(errorId, advice);
    }
}
