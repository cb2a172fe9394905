using System.Text;
using CsCheck;

namespace KipuHub.FakeServer.Tests.Robustness;

/// <summary>Multipart uploads, well-formed and not: odd part types, file names and boundaries, missing parts, garbage.</summary>
internal static class FuzzUploads
{
    private static readonly Gen<string?> s_partType = Gen.Frequency<string?>(
        (3, Gen.OneOf<string?>("text/csv", "application/json", "application/octet-stream", null)),
        (2, Gen.OneOf<string?>("text/plain; charset=ü", "application/\u0001json", "not a media type", "", " ", "x/", "/y", "text/plain; a=\"unclosed")),
        (1, FuzzInputs.Text.Select(t => (string?)t)));

    private static readonly Gen<string> s_fileName = Gen.Frequency(
        (3, Gen.OneOf("data.csv", "input.json", "a")),
        (2, FuzzInputs.Text));

    /// <summary>An upload body with its multipart Content-Type (boundary included).</summary>
    public static readonly Gen<FuzzBody> Body = Gen.Frequency(
        (3, Gen.Select(Gen.OneOf("text/csv", "application/json"), Gen.OneOf("a.csv", "b.json", "results.txt"), Gen.Byte.Array[0, 200],
            (type, name, bytes) => Part(type, name, bytes, "file"))),
        (5, Gen.Select(s_partType, s_fileName, Gen.Byte.Array[0, 2000], Gen.OneOf("file", "other"), (type, name, bytes, part) => Part(type, name, bytes, part))),
        (1, Gen.Int[1, 5000].Select(length => Part("application/octet-stream", "a.bin", [1, 2, 3], "file", new string('b', length)))),
        (1, Gen.Byte.Array[0, 500].Select(bytes => new FuzzBody(bytes, "multipart/form-data; boundary=xyz", "garbage in a multipart body"))),
        (1, Gen.OneOf(
            new FuzzBody("x"u8.ToArray(), "multipart/form-data", "no boundary"),
            new FuzzBody("x"u8.ToArray(), "application/json", "the wrong media type"),
            new FuzzBody("--xyz--\r\n"u8.ToArray(), "multipart/form-data; boundary=xyz", "no part at all"))));

    private static FuzzBody Part(string? partType, string fileName, byte[] bytes, string partName) =>
        Part(partType, fileName, bytes, partName, "fuzz-boundary");

    private static FuzzBody Part(string? partType, string fileName, byte[] bytes, string partName, string boundary)
    {
        var head = new StringBuilder()
            .Append("--").Append(boundary).Append("\r\n")
            .Append("Content-Disposition: form-data; name=\"").Append(partName).Append("\"; filename=\"").Append(fileName.Replace("\"", "'").Replace("\r", "").Replace("\n", "")).Append("\"\r\n");
        if (partType is not null)
        {
            head.Append("Content-Type: ").Append(partType.Replace("\r", "").Replace("\n", "")).Append("\r\n");
        }
        head.Append("\r\n");
        byte[] body = [.. Encoding.UTF8.GetBytes(head.ToString()), .. bytes, .. Encoding.UTF8.GetBytes($"\r\n--{boundary}--\r\n")];
        return new FuzzBody(body, $"multipart/form-data; boundary={boundary}",
            $"part '{partName}' of type {partType ?? "(none)"} named {(fileName.Length > 40 ? fileName[..40] + "…" : fileName)}, boundary of {boundary.Length}");
    }
}
