using System;
using System.IO;
using System.IO.Compression;

namespace TencentChat.Admin.Client.Authentication
{
    /// <summary>
    /// zlib (RFC 1950) framing around raw deflate. UserSigs are zlib streams, and .NET Framework 4.x
    /// (Windows PowerShell 5.1) has no ZLibStream, so the 2-byte header and the Adler-32 trailer are
    /// written and checked here on every runtime: one code path, tested once.
    /// </summary>
    internal static class ZlibFraming
    {
        // CMF 0x78 = deflate with a 32 KiB window; FLG 0x9C = default level, FCHECK making CMF*256+FLG divisible by 31.
        private const byte Cmf = 0x78;
        private const byte Flg = 0x9C;

        public static byte[] Compress(byte[] data)
        {
            using var output = new MemoryStream();
            output.WriteByte(Cmf);
            output.WriteByte(Flg);
            using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
            {
                deflate.Write(data, 0, data.Length);
            }
            uint adler = Adler32(data);
            output.WriteByte((byte)(adler >> 24));
            output.WriteByte((byte)(adler >> 16));
            output.WriteByte((byte)(adler >> 8));
            output.WriteByte((byte)adler);
            return output.ToArray();
        }

        /// <summary>Inflates a zlib stream, checking header and Adler-32; throws <see cref="InvalidDataException"/> otherwise.</summary>
        public static byte[] Decompress(byte[] zlib, int maxOutputBytes = 64 * 1024)
        {
            if (zlib.Length < 6)
                throw new InvalidDataException("The data is too short to be a zlib stream.");
            byte cmf = zlib[0], flg = zlib[1];
            if ((cmf & 0x0F) != 8 || (cmf >> 4) > 7 || ((cmf << 8) | flg) % 31 != 0)
                throw new InvalidDataException("The data does not start with a zlib header.");
            if ((flg & 0x20) != 0)
                throw new InvalidDataException("zlib streams with a preset dictionary are not supported.");

            byte[] inflated;
            using (var input = new MemoryStream(zlib, 2, zlib.Length - 6))
            using (var deflate = new DeflateStream(input, CompressionMode.Decompress))
            using (var output = new MemoryStream())
            {
                var buffer = new byte[4096];
                int read;
                while ((read = deflate.Read(buffer, 0, buffer.Length)) > 0)
                {
                    output.Write(buffer, 0, read);
                    // A UserSig is a few hundred bytes; refuse decompression bombs.
                    if (output.Length > maxOutputBytes)
                        throw new InvalidDataException("The zlib stream inflates to more data than a UserSig can hold.");
                }
                inflated = output.ToArray();
            }

            int t = zlib.Length - 4;
            uint expected = (uint)(zlib[t] << 24 | zlib[t + 1] << 16 | zlib[t + 2] << 8 | zlib[t + 3]);
            if (Adler32(inflated) != expected)
                throw new InvalidDataException("The zlib stream's Adler-32 checksum does not match its content.");
            return inflated;
        }

        public static uint Adler32(byte[] data)
        {
            const uint Mod = 65521;
            uint a = 1, b = 0;
            int index = 0;
            while (index < data.Length)
            {
                // 5552 is the largest run for which b cannot overflow 32 bits before the modulo.
                int end = Math.Min(index + 5552, data.Length);
                for (; index < end; index++)
                {
                    a += data[index];
                    b += a;
                }
                a %= Mod;
                b %= Mod;
            }
            return (b << 16) | a;
        }
    }
}
