using System.IO.Compression;

namespace KipuHub.IntegrationTests;

/// <summary>Zip archives for uploads, the same bytes every time they are built.</summary>
internal static class Zips
{
    /// <summary>
    /// An archive of <paramref name="files"/>, every entry with a fixed time: an entry stamped "now" makes two builds of
    /// the same archive differ whenever they fall on either side of the zip format's 2-second tick, and a test comparing
    /// the upload with the download failed at random for it.
    /// </summary>
    public static byte[] Of(params (string Name, string Content)[] files)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in files)
            {
                var entry = zip.CreateEntry(name);
                entry.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var writer = new StreamWriter(entry.Open());
                writer.Write(content);
            }
        }
        return buffer.ToArray();
    }
}
