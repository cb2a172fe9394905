using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.Organizations;

/// <summary>
/// Quantum provider tokens, write-only (docs/contract.md#organizations): an organization's, kept under its id, and a
/// user's own, kept under the user's personal account. Lists say which providers have a token, when and by whom it
/// was set; the token itself is kept as a hash and never answered.
/// </summary>
internal static class ProviderTokensDomain
{
    /// <summary>The longest provider token accepted.</summary>
    public const int MaxTokenLength = 4_096;

    /// <summary>The longest provider name: providers are an open enum, so an unknown name is kept as sent, in upper case.</summary>
    public const int MaxProviderLength = 40;

    public static IReadOnlyList<ProviderToken> List(FakeHubStore store, Caller caller) =>
        store.ListOwned(OrganizationsModule.ProviderTokens, caller, Dto);

    /// <summary>Sets or replaces the owner's token for the provider.</summary>
    public static Result<ProviderToken> Set(FakeHubStore store, Caller caller, string provider, SetProviderTokenRequest request)
    {
        if (ProviderProblem(provider) is { } badProvider)
        {
            return badProvider;
        }
        if (string.IsNullOrWhiteSpace(request.Token) || request.Token.Length > MaxTokenLength)
        {
            return Failure.Invalid($"The request needs a 'token' of 1 to {MaxTokenLength} characters, not blank; it was " +
                (request.Token is null ? "missing." : request.Token.Length > MaxTokenLength ? $"{request.Token.Length} characters long." : "blank."));
        }
        using var write = store.Writing();
        if (OwnerProblem(store, caller) is { } gone)
        {
            return write.Commit<ProviderToken>(gone);
        }
        var tokens = store.Table(OrganizationsModule.ProviderTokens);
        var token = new ProviderTokenRecord
        {
            OwnerId = caller.TenantId,
            Provider = Normalized(provider),
            TokenHash = SecretHash.Of(request.Token),
            SetAt = store.Tick(),
            SetBy = caller.Username,
        };
        if (tokens.Find(token.Key) is null)
        {
            tokens.Add(token);
        }
        else
        {
            tokens.Replace(token);
        }
        return write.Commit<ProviderToken>(Dto(token));
    }

    public static Failure? Remove(FakeHubStore store, Caller caller, string provider)
    {
        if (ProviderProblem(provider) is { } badProvider)
        {
            return badProvider;
        }
        using var write = store.Writing();
        if (OwnerProblem(store, caller) is { } gone)
        {
            return write.Commit(gone);
        }
        var key = ProviderTokenRecord.KeyOf(caller.TenantId, Normalized(provider));
        if (!store.Table(OrganizationsModule.ProviderTokens).Delete(key))
        {
            return write.Commit(Failure.NotFound($"{caller.DescribeTenant()} has no token for provider '{Echo.Of(Normalized(provider))}'; " +
                "the provider-tokens list shows the providers that have one."));
        }
        store.Tick();
        return write.Commit();
    }

    private static Failure? OwnerProblem(FakeHubStore store, Caller caller) =>
        caller.TenantId == caller.UserId ? null : OrganizationsDomain.Current(store, caller).Failure;

    private static Failure? ProviderProblem(string provider) =>
        provider.Length is 0 or > MaxProviderLength || !provider.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')
            ? Failure.Malformed($"The provider '{Echo.Of(provider)}' must be 1 to {MaxProviderLength} letters, digits or '_', " +
                "such as IBM, IONQ, AWS, AZURE, GOOGLE or QUANTINUUM.")
            : null;

    private static string Normalized(string provider) => provider.ToUpperInvariant();

    private static ProviderToken Dto(ProviderTokenRecord token) => new()
    {
        Provider = QuantumProvider.FromValue(token.Provider),
        SetAt = token.SetAt,
        SetBy = token.SetBy,
    };
}
