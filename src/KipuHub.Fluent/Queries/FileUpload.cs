using System.Net.Http.Headers;

namespace KipuHub.Queries;

/// <summary>A file sent as a part (by default <c>file</c>) of a <c>multipart/form-data</c> body, resendable on a retry.</summary>
internal static class FileUpload
{
    /// <summary>The content factory of an upload; checks the arguments now, so a bad upload fails before it is sent.</summary>
    /// <exception cref="ArgumentException">The stream cannot be read, the file name is blank or the media type is malformed.</exception>
    public static Func<HttpContent> Content(Stream content, string fileName, string? contentType, string example, string part = "file")
    {
        ArgumentNullException.ThrowIfNull(content);
        if (!content.CanRead)
        {
            throw new ArgumentException("The upload stream cannot be read.", nameof(content));
        }
        if (string.IsNullOrWhiteSpace(fileName))
        {
            throw new ArgumentException($"Upload needs a file name, for example \"{example}\".", nameof(fileName));
        }
        var mediaType = MediaTypeHeaderValue.Parse(contentType ?? "application/octet-stream");
        var start = content.CanSeek ? content.Position : -1;
        var attempts = 0;
        return () =>
        {
            if (attempts++ > 0)
            {
                // A retry must resend the same bytes; only a seekable stream can be rewound.
                content.Position = start >= 0 ? start : throw new InvalidOperationException("The upload cannot be retried because its stream cannot seek.");
            }
            var file = new StreamContent(new LeaveOpenStream(content));
            file.Headers.ContentType = mediaType;
            return new MultipartFormDataContent { { file, part, fileName } };
        };
    }
}
