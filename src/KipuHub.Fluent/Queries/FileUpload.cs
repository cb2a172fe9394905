using System.Net.Http.Headers;

namespace KipuHub.Queries;

/// <summary>Files sent as parts (by default one, <c>file</c>) of a <c>multipart/form-data</c> body, resendable on a retry.</summary>
internal static class FileUpload
{
    /// <summary>The content factory of a one-file upload; checks the arguments now, so a bad upload fails before it is sent.</summary>
    /// <exception cref="ArgumentException">The stream cannot be read, the file name is blank or the media type is malformed.</exception>
    public static Func<HttpContent> Content(Stream content, string fileName, string? contentType, string example, string part = "file") =>
        Parts(new FilePart(part, content, fileName, contentType, example));

    /// <summary>The content factory of an upload of several parts, in order; checks every part now.</summary>
    /// <exception cref="ArgumentException">A stream cannot be read, a file name is blank or a media type is malformed.</exception>
    public static Func<HttpContent> Parts(params FilePart[] parts)
    {
        var checkedParts = parts.Select(Check).ToArray();
        var attempts = 0;
        return () =>
        {
            var multipart = new MultipartFormDataContent();
            foreach (var (part, mediaType, start) in checkedParts)
            {
                if (attempts > 0)
                {
                    // A retry must resend the same bytes; only a seekable stream can be rewound.
                    part.Content.Position = start >= 0 ? start : throw new InvalidOperationException("The upload cannot be retried because its stream cannot seek.");
                }
                var file = new StreamContent(new LeaveOpenStream(part.Content));
                file.Headers.ContentType = mediaType;
                multipart.Add(file, part.Name, part.FileName);
            }
            attempts++;
            return multipart;
        };
    }

    private static (FilePart Part, MediaTypeHeaderValue MediaType, long Start) Check(FilePart part)
    {
        ArgumentNullException.ThrowIfNull(part.Content);
        if (!part.Content.CanRead)
        {
            throw new ArgumentException($"The upload stream of '{part.Name}' cannot be read.", part.Name);
        }
        if (string.IsNullOrWhiteSpace(part.FileName))
        {
            throw new ArgumentException($"Upload needs a file name, for example \"{part.Example}\".", "fileName");
        }
        return (part, MediaTypeHeaderValue.Parse(part.ContentType ?? "application/octet-stream"), part.Content.CanSeek ? part.Content.Position : -1);
    }
}

/// <summary>One file of a multipart upload.</summary>
/// <param name="Name">The part's name.</param>
/// <param name="Content">The bytes, read from the current position; the stream is not closed.</param>
/// <param name="FileName">The file name sent with it.</param>
/// <param name="ContentType">The media type; null for <c>application/octet-stream</c>.</param>
/// <param name="Example">A file name for the error message when <paramref name="FileName"/> is blank.</param>
internal sealed record FilePart(string Name, Stream Content, string FileName, string? ContentType, string Example);
