using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.UseCases;

/// <summary>
/// The use cases rules: a title of 1 to 255 characters, a summary of at most 255, a description of at most 10,000,
/// and at most 20 tags of 1 to 64 characters each (docs/contract.md#limits).
/// </summary>
internal static class UseCasesDomain
{
    private const int MaxSummaryLength = 255;
    private const int MaxDescriptionLength = 10_000;
    private const int MaxTags = 20;
    private const int MaxTagLength = 64;

    public static IReadOnlyList<UseCase> List(FakeHubStore store, Caller caller) =>
        store.ListOwned(UseCasesModule.UseCases, caller, u => Dto(u, caller));

    public static Result<UseCase> Get(FakeHubStore store, Caller caller, string useCaseId) =>
        store.GetOwned(UseCasesModule.UseCases, caller, useCaseId, u => Dto(u, caller));

    public static Result<UseCase> Create(FakeHubStore store, Caller caller, CreateUseCaseRequest request)
    {
        if ((TitleProblem(request.Title) ?? TextProblems(request.Summary, request.Description, request.Tags)) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var now = store.Tick();
        var useCase = new UseCaseRecord
        {
            Id = store.NextId(),
            TenantId = caller.TenantId,
            Title = request.Title!,
            Summary = request.Summary,
            Description = request.Description,
            Tags = [.. request.Tags ?? []],
            CreatedAt = now,
            ModifiedAt = now,
            CreatedBy = caller.Username,
        };
        store.Table(UseCasesModule.UseCases).Add(useCase);
        return write.Commit<UseCase>(Dto(useCase, caller));
    }

    /// <summary>Changes the fields the request names; omitted (null) fields keep their value.</summary>
    public static Result<UseCase> Update(FakeHubStore store, Caller caller, string useCaseId, UpdateUseCaseRequest request)
    {
        if (((request.Title is null ? null : TitleProblem(request.Title)) ?? TextProblems(request.Summary, request.Description, request.Tags)) is { } problem)
        {
            return problem;
        }
        using var write = store.Writing();
        var useCases = store.Table(UseCasesModule.UseCases);
        var found = useCases.Find(caller, useCaseId);
        if (found.Failure is { } failure)
        {
            return write.Commit<UseCase>(failure);
        }
        var useCase = found.Value! with
        {
            Title = request.Title ?? found.Value.Title,
            Summary = request.Summary ?? found.Value.Summary,
            Description = request.Description ?? found.Value.Description,
            Tags = request.Tags is { } tags ? [.. tags] : found.Value.Tags,
            ModifiedAt = store.Tick(),
        };
        useCases.Replace(useCase);
        return write.Commit<UseCase>(Dto(useCase, caller));
    }

    public static Failure? Delete(FakeHubStore store, Caller caller, string useCaseId) =>
        store.DeleteOwned(UseCasesModule.UseCases, caller, useCaseId);

    private static Failure? TitleProblem(string? title) =>
        string.IsNullOrWhiteSpace(title)
            ? Failure.Invalid($"The use case needs a 'title' of 1 to {Validation.MaxNameLength} characters; it was {(title is null ? "missing" : "empty")}.")
            : title.Length > Validation.MaxNameLength
                ? Failure.Invalid($"The use case 'title' is {title.Length} characters long; at most {Validation.MaxNameLength} are allowed.")
                : null;

    private static Failure? TextProblems(string? summary, string? description, IReadOnlyList<string>? tags)
    {
        if (summary?.Length > MaxSummaryLength)
        {
            return Failure.Invalid($"The 'summary' is {summary.Length} characters long; at most {MaxSummaryLength} are allowed.");
        }
        if (description?.Length > MaxDescriptionLength)
        {
            return Failure.Invalid($"The 'description' is {description.Length} characters long; at most {MaxDescriptionLength} are allowed.");
        }
        if (tags?.Count > MaxTags)
        {
            return Failure.Invalid($"A use case has at most {MaxTags} 'tags'; {tags.Count} were sent.");
        }
        foreach (var tag in tags ?? [])
        {
            if (string.IsNullOrWhiteSpace(tag) || tag.Length > MaxTagLength)
            {
                return Failure.Invalid($"Every tag is 1 to {MaxTagLength} characters and not blank; got {(tag is null ? "null" : $"'{Quote(tag)}'")}.");
            }
        }
        return null;
    }

    /// <summary>At most 200 characters of an offending value, as every message quotes it.</summary>
    private static string Quote(string value) => value.Length <= 200 ? value : value[..200] + "…";

    private static UseCase Dto(UseCaseRecord useCase, Caller caller) => new()
    {
        Id = useCase.Id,
        Title = useCase.Title,
        Summary = useCase.Summary,
        Description = useCase.Description,
        Tags = [.. useCase.Tags],
        CreatedAt = useCase.CreatedAt,
        ModifiedAt = useCase.ModifiedAt,
        CreatedBy = useCase.CreatedBy,
        CurrentUserPermission = useCase.TenantId == caller.TenantId ? caller.Role : null,
    };
}
