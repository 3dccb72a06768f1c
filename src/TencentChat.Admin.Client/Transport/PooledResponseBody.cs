using System;
using System.Buffers;
using System.IO;
using System.Net.Http;
using System.Threading;
using System.Threading.Tasks;

namespace TencentChat.Admin.Client.Transport
{
    /// <summary>
    /// A response body read into a pooled array, so that reading a page does not allocate a body-sized array
    /// (HttpClient's own buffering would allocate it, and ReadAsByteArrayAsync another copy).
    /// The body must not be used after <see cref="Dispose"/>: everything kept is deserialized into new objects first.
    /// </summary>
    internal sealed class PooledResponseBody : IDisposable
    {
        private const int UnknownLengthStart = 16 * 1024;
        private byte[]? _buffer;

        private PooledResponseBody(byte[] buffer, int length)
        {
            _buffer = buffer;
            Length = length;
        }

        public int Length { get; }

        public ArraySegment<byte> Bytes => new ArraySegment<byte>(_buffer ?? throw new ObjectDisposedException(nameof(PooledResponseBody)), 0, Length);

        /// <summary>Reads all of <paramref name="content"/>; the caller bounds the time (see ChatApiTransport).</summary>
        public static async Task<PooledResponseBody> ReadAsync(HttpContent content, CancellationToken cancellationToken)
        {
            long? declared = content.Headers.ContentLength;
            // One spare byte, so a body of exactly the declared length is known to be complete without growing.
            int size = declared > 0 && declared < int.MaxValue ? (int)declared.Value + 1 : UnknownLengthStart;
            byte[] buffer = ArrayPool<byte>.Shared.Rent(size);
            int length = 0;
            try
            {
                using (Stream stream = await content.ReadAsStreamAsync().ConfigureAwait(false))
                {
                    int read;
                    while ((read = await stream.ReadAsync(buffer, length, buffer.Length - length, cancellationToken).ConfigureAwait(false)) > 0)
                    {
                        length += read;
                        if (length == buffer.Length)
                        {
                            byte[] larger = ArrayPool<byte>.Shared.Rent(buffer.Length * 2);
                            Buffer.BlockCopy(buffer, 0, larger, 0, length);
                            ArrayPool<byte>.Shared.Return(buffer);
                            buffer = larger;
                        }
                    }
                }
                return new PooledResponseBody(buffer, length);
            }
            catch
            {
                ArrayPool<byte>.Shared.Return(buffer);
                throw;
            }
        }

        public void Dispose()
        {
            byte[]? buffer = _buffer;
            _buffer = null;
            if (buffer != null) ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
