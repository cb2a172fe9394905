using System.Net.Http.Json;
using System.Text.Json.Serialization.Metadata;
using KipuHub.Contract;
using KipuHub.Http;

namespace KipuHub.Queries;

/// <summary>
/// The part of every fluent query that chooses the tenant. Queries are immutable: each call returns a new query,
/// so a partial query can be kept and reused.
/// </summary>
/// <typeparam name="TSelf">The concrete query type.</typeparam>
public abstract class HubQuery<TSelf> where TSelf : HubQuery<TSelf>
{
    private protected HubQuery(QueryState state) => State = state;

    internal QueryState State { get; }

    /// <summary>Acts in an organization: sends <c>X-OrganizationId</c>, overriding the client's default.</summary>
    /// <param name="organizationId">The organization's id, as listed by <c>hub.Users.GetAccountsAsync()</c>.</param>
    /// <exception cref="ArgumentException"><paramref name="organizationId"/> is null, empty or blank.</exception>
    public TSelf InOrg(string organizationId)
    {
        if (string.IsNullOrWhiteSpace(organizationId))
        {
            throw new ArgumentException("InOrg needs an organization id; to act in your personal account, call InPersonalAccount() instead.", nameof(organizationId));
        }
        return With(State with { Scope = ScopeChoice.Organization(organizationId.Trim()) });
    }

    /// <summary>Acts in the caller's personal account: sends no <c>X-OrganizationId</c>, even if the client has a default.</summary>
    public TSelf InPersonalAccount() => With(State with { Scope = ScopeChoice.Personal });

    private protected abstract TSelf With(QueryState state);

    private protected HubCall Call(HubEndpoint endpoint, params string[] pathValues)
    {
        endpoint.CheckPathValues(pathValues);
        return new(endpoint, pathValues) { Scope = State.Scope };
    }

    private protected HubCommand<T> Json<T>(HubCall call, JsonTypeInfo<T> result) =>
        new(State.Connection, call, (connection, c, ct) => connection.SendJsonAsync(c, result, ct));

    private protected HubCommand<T> Json<TBody, T>(HubCall call, TBody body, JsonTypeInfo<TBody> bodyType, JsonTypeInfo<T> result)
    {
        ArgumentNullException.ThrowIfNull(body);
        return Json(call with { Content = () => JsonContent.Create(body, bodyType) }, result);
    }

    /// <summary>A query parameter, or null when its value is: a command leaves unset settings out of the query string.</summary>
    private protected static KeyValuePair<string, string>? QueryPair(string name, string? value) => value is null ? null : new(name, value);

    private protected HubCommand Empty(HubCall call) => new(State.Connection, call);

    private protected HubCommand<string> Text(HubCall call) =>
        new(State.Connection, call, (connection, c, ct) => connection.SendTextAsync(c, ct));

    /// <summary>A command that streams the answer's bytes into <paramref name="destination"/>, which it does not close.</summary>
    private protected HubCommand Download(HubCall call, Stream destination)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
        {
            throw new ArgumentException("The download destination cannot be written.", nameof(destination));
        }
        return new(State.Connection, call, (connection, c, ct) => connection.DownloadAsync(c, destination, ct));
    }
}
