using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using KipuHub.FakeServer.Store;

namespace KipuHub.FakeServer.Namespaces.Marketplace;

/// <summary>
/// A listing's logo: a 40×40 PNG identicon drawn from the service id (a symmetric 5×5 pattern in one colour), so
/// every listing has its own image, the same for the same seed, without storing any bytes.
/// </summary>
internal static class ListingLogo
{
    private const int Cells = 5;
    private const int CellPixels = 8;
    private const int Size = Cells * CellPixels;

    private static readonly uint[] s_crcTable = CrcTable();

    public static byte[] For(string serviceId)
    {
        var draw = (uint)StableSeed.For(0, "Logo:" + serviceId);
        var pattern = (uint)StableSeed.For(1, "LogoPattern:" + serviceId);
        var colour = new[] { (byte)(64 + (draw & 0x7F)), (byte)(64 + ((draw >> 7) & 0x7F)), (byte)(64 + ((draw >> 14) & 0x7F)) };
        var rows = new byte[Size * (1 + (Size * 3))];
        for (var y = 0; y < Size; y++)
        {
            var row = y * (1 + (Size * 3));
            rows[row] = 0; // filter: none
            for (var x = 0; x < Size; x++)
            {
                // Mirror the left three columns onto the right two, as identicons do.
                var column = Math.Min(x / CellPixels, Cells - 1 - (x / CellPixels));
                var on = ((pattern >> ((y / CellPixels * 3) + column)) & 1) == 1;
                for (var c = 0; c < 3; c++)
                {
                    rows[row + 1 + (x * 3) + c] = on ? colour[c] : (byte)240;
                }
            }
        }
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, Size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), Size);
        header[8] = 8; // bits per channel
        header[9] = 2; // RGB
        Chunk(png, "IHDR", header);
        Chunk(png, "IDAT", Deflate(rows));
        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static byte[] Deflate(byte[] data)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }
        return buffer.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        Span<byte> number = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(number, data.Length);
        png.Write(number);
        var typeBytes = Encoding.ASCII.GetBytes(type);
        png.Write(typeBytes);
        png.Write(data);
        BinaryPrimitives.WriteUInt32BigEndian(number, Crc(typeBytes, data));
        png.Write(number);
    }

    private static uint Crc(byte[] type, byte[] data)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in type.Concat(data))
        {
            crc = s_crcTable[(crc ^ b) & 0xFF] ^ (crc >> 8);
        }
        return crc ^ 0xFFFFFFFFu;
    }

    private static uint[] CrcTable()
    {
        var table = new uint[256];
        for (var n = 0u; n < 256; n++)
        {
            var c = n;
            for (var k = 0; k < 8; k++)
            {
                c = (c & 1) != 0 ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            table[n] = c;
        }
        return table;
    }
}
