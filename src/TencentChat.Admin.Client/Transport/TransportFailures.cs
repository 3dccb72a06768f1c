using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using TencentChat.Admin.Client.Diagnostics;
using TencentChat.Admin.Client.Errors;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// Turns HttpClient failures into <see cref="ChatTransportException"/>s. The original exception is not kept
    /// as InnerException: on some platforms its text includes the request URL, and with it the UserSig.
    /// </summary>
    internal static class TransportFailures
    {
        public static ChatTransportException FromHttpRequestException(string command, Uri endpoint, HttpRequestException exception, Redactor redactor)
        {
            bool notSent = NeverLeftThisMachine(exception, out string detail);
            string message = redactor.Redact($"{command}: could not reach {endpoint.Host}:{endpoint.Port} ({detail}).");
            return new ChatTransportException("ConnectionFailed", ChatErrorKind.ConnectionError, message,
                notSent ? TransportFailure.NotSent : TransportFailure.Ambiguous);
        }

        public static ChatTransportException FromHttpStatus(string command, Uri endpoint, int status, string? reason, Redactor redactor)
        {
            // Tencent answers every API outcome with HTTP 200 (spec §1.3); anything else came from a proxy, a load
            // balancer or a wrong -Endpoint. 5xx may be passing; 4xx will not change on a retry.
            bool serverSide = status >= 500;
            string hint = status == 404 ? " Check -Endpoint: it must be the API's base address, without /v4." : string.Empty;
            string message = redactor.Redact($"{command}: {endpoint.Host} answered HTTP {status} {reason}.{hint}");
            // A 404 is the base address's fault (a wrong path in -Endpoint): every request fails alike, so it is a connection
            // error, which stops the command once.
            ChatErrorKind kind = serverSide ? ChatErrorKind.ResourceUnavailable : status == 404 ? ChatErrorKind.ConnectionError : ChatErrorKind.ProtocolError;
            return new ChatTransportException("HttpError", kind,
                message, serverSide ? TransportFailure.Ambiguous : TransportFailure.Permanent, status);
        }

        /// <summary>True for DNS and connect failures, after which the request cannot have reached the server.</summary>
        private static bool NeverLeftThisMachine(Exception exception, out string detail)
        {
            detail = exception.Message;
            for (Exception? e = exception; e != null; e = e.InnerException)
            {
                switch (e)
                {
                    case SocketException socket:
                        detail = $"{socket.SocketErrorCode}: {socket.Message}";
                        return socket.SocketErrorCode == SocketError.HostNotFound
                            || socket.SocketErrorCode == SocketError.TryAgain
                            || socket.SocketErrorCode == SocketError.NoData
                            || socket.SocketErrorCode == SocketError.ConnectionRefused
                            || socket.SocketErrorCode == SocketError.NetworkUnreachable
                            || socket.SocketErrorCode == SocketError.HostUnreachable
                            || socket.SocketErrorCode == SocketError.AddressNotAvailable;
                    case WebException web:
                        // .NET Framework (Windows PowerShell 5.1) reports through WebException.Status.
                        detail = $"{web.Status}: {web.Message}";
                        return web.Status == WebExceptionStatus.NameResolutionFailure
                            || web.Status == WebExceptionStatus.ConnectFailure
                            || web.Status == WebExceptionStatus.ProxyNameResolutionFailure;
                    case IOException io when e != exception:
                        detail = io.Message;
                        break;
                }
            }
            return false;
        }
    }
}
