using System.Text;
using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Algorithms;

/// <summary>An uploaded sketch as the store receives it: the image part (name, media type, bytes) and the description part, if sent.</summary>
internal sealed record SketchUpload(string? FileName, string ContentType, byte[] Bytes, byte[]? Description);

/// <summary>
/// The sketch rules: the image is PNG, JPEG or SVG by its media type (another is 415 naming these), not empty (422),
/// and within the upload limit (413, the pipeline's); the description is UTF-8 text of at most 10,000 characters.
/// Sketches are read, added and deleted as their algorithm is (VIEWER, MAINTAINER, OWNER).
/// </summary>
internal static class AlgorithmSketchesDomain
{
    public static readonly IReadOnlyList<string> ImageTypes = ["image/png", "image/jpeg", "image/svg+xml"];

    private const int MaxDescriptionLength = 10_000;

    public static Result<IReadOnlyList<AlgorithmSketch>> List(FakeHubStore store, Caller caller, string algorithmId)
    {
        using var read = store.Reading();
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return SketchesOf(store, algorithmId).Select(Dto).ToList();
    }

    public static Result<AlgorithmSketch> Add(FakeHubStore store, Caller caller, string algorithmId, SketchUpload upload)
    {
        using var write = store.Writing();
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return write.Commit<AlgorithmSketch>(failure);
        }
        if (ImageType(upload.ContentType) is not { } contentType)
        {
            return write.Commit<AlgorithmSketch>(Failure.UnsupportedMediaType($"A sketch is an image: the part 'image' has Content-Type " +
                $"'{Echo.Of(upload.ContentType)}', and {string.Join(", ", ImageTypes)} are accepted (PNG, JPEG, SVG)."));
        }
        if (upload.Bytes.Length == 0)
        {
            return write.Commit<AlgorithmSketch>(Failure.Invalid("The sketch's image is empty. Send the image's bytes in the multipart part 'image'."));
        }
        if (upload.FileName?.Length > Validation.MaxNameLength)
        {
            return write.Commit<AlgorithmSketch>(Failure.Invalid($"The image's file name is {upload.FileName.Length} characters long; at most {Validation.MaxNameLength} are allowed."));
        }
        var description = DescriptionOf(upload.Description, out var problem);
        if (problem is not null)
        {
            return write.Commit<AlgorithmSketch>(problem);
        }
        var sketch = new SketchRecord
        {
            Id = store.NextId(),
            AlgorithmId = algorithmId,
            Description = description,
            FileName = upload.FileName,
            ContentType = contentType,
            Bytes = upload.Bytes,
            CreatedAt = store.Tick(),
            CreatedBy = caller.Username,
        };
        store.Table(AlgorithmsModule.Sketches).Add(sketch);
        return write.Commit<AlgorithmSketch>(Dto(sketch));
    }

    /// <summary>A sketch's image: the bytes uploaded, under their media type and file name.</summary>
    public static Result<(byte[] Bytes, string ContentType, string? FileName)> Image(FakeHubStore store, Caller caller, string algorithmId, string sketchId)
    {
        using var read = store.Reading();
        var found = FindSketch(store, caller, algorithmId, sketchId);
        return found.Failure ?? (Result<(byte[], string, string?)>)(found.Value!.Bytes, found.Value.ContentType, found.Value.FileName);
    }

    public static Failure? Delete(FakeHubStore store, Caller caller, string algorithmId, string sketchId)
    {
        using var write = store.Writing();
        var found = FindSketch(store, caller, algorithmId, sketchId);
        if (found.Failure is { } failure)
        {
            return write.Commit(failure);
        }
        store.Table(AlgorithmsModule.Sketches).Delete(sketchId);
        store.Tick();
        return write.Commit();
    }

    private static Result<SketchRecord> FindSketch(FakeHubStore store, Caller caller, string algorithmId, string sketchId)
    {
        var found = AlgorithmAccess.Find(store, caller, algorithmId);
        if (found.Failure is { } failure)
        {
            return failure;
        }
        return store.Table(AlgorithmsModule.Sketches).Find(sketchId) is { } sketch && sketch.AlgorithmId == algorithmId
            ? sketch
            : Failure.NotFound($"Algorithm '{Echo.Of(algorithmId)}' has no sketch '{Echo.Of(sketchId)}'. GET /algorithms/{Echo.Of(algorithmId)}/sketches lists its sketches.");
    }

    /// <summary>The accepted image type the part's media type names (parameters and case ignored), or null.</summary>
    private static string? ImageType(string contentType)
    {
        var media = contentType.Split(';', 2)[0].Trim();
        return ImageTypes.FirstOrDefault(t => t.Equals(media, StringComparison.OrdinalIgnoreCase));
    }

    private static string? DescriptionOf(byte[]? bytes, out Failure? problem)
    {
        problem = null;
        if (bytes is null)
        {
            return null;
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            problem = Failure.Invalid("The part 'description' is not UTF-8 text.");
            return null;
        }
        if (text.Length > MaxDescriptionLength)
        {
            problem = Failure.Invalid($"The part 'description' is {text.Length} characters long; at most {MaxDescriptionLength} are allowed.");
            return null;
        }
        return text;
    }

    private static IEnumerable<SketchRecord> SketchesOf(FakeHubStore store, string algorithmId) =>
        store.Table(AlgorithmsModule.Sketches).Rows.Where(s => s.AlgorithmId == algorithmId)
            .OrderBy(s => s.CreatedAt).ThenBy(s => s.Id, StringComparer.Ordinal);

    private static AlgorithmSketch Dto(SketchRecord sketch) => new()
    {
        Id = sketch.Id,
        AlgorithmId = sketch.AlgorithmId,
        Description = sketch.Description,
        FileName = sketch.FileName,
        ContentType = sketch.ContentType,
        ContentLength = sketch.Bytes.LongLength,
        CreatedAt = sketch.CreatedAt,
        CreatedBy = sketch.CreatedBy,
    };
}
