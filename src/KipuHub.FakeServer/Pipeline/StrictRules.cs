using System.Globalization;
using KipuHub.Analyzers;
using KipuHub.Contract;

namespace KipuHub.FakeServer.Pipeline;

/// <summary>One rule a call broke: the analyzer's rule ID, what is wrong, and the rule's docs page.</summary>
internal sealed record Diagnostic(string RuleId, string Message, string HelpLink)
{
    /// <summary>As recorded in the journal and sent in the header: <c>KH0002 message See link</c>.</summary>
    public override string ToString() => $"{RuleId} {Message} See {HelpLink}";
}

/// <summary>
/// The runtime counterpart of the KipuHub analyzers: the calls they would flag, caught on the wire, so calls built
/// at run time are checked too. Paging facts come from the request's catalog entry.
/// </summary>
internal static class StrictRules
{
    public const string DiagnosticHeader = "X-KipuHub-Diagnostic";

    /// <summary>The scoping rule: an organization-scoped call sent without X-OrganizationId, when strict scoping is on.</summary>
    public static Diagnostic? ScopeFinding(HubEndpoint endpoint, bool hasOrganization, bool requireOrganization) =>
        requireOrganization && endpoint.Scope == HubScope.Organization && !hasOrganization
            ? new Diagnostic(HubRules.UnscopedCall,
                $"{Call(endpoint)} can act in an organization but was sent without X-OrganizationId, so it acted in the personal account; " +
                "strict scoping wants the tenant named on every call (InOrg(...) in the fluent client).",
                HubRules.UnscopedCallHelp)
            : null;

    /// <summary>The rules the query string breaks: paging left to the server, a page size above the maximum.</summary>
    public static IReadOnlyList<Diagnostic> QueryFindings(HubEndpoint endpoint, IQueryCollection query)
    {
        // Most calls break no rule: they get the shared empty list, and no message text is built for them.
        List<Diagnostic>? found = null;
        if (endpoint.Shape == HubResultShape.Page)
        {
            var noPage = !query.ContainsKey("page");
            var noSize = !query.ContainsKey("size");
            if (noPage || noSize)
            {
                var missing = noPage && noSize ? "page and size" : noPage ? "page" : "size";
                (found ??= []).Add(new Diagnostic(HubRules.UnpaginatedList,
                    $"{Call(endpoint)} is paged but was called without {missing}; the server picked page 0 of size " +
                    $"{endpoint.DefaultPageSize.ToString(CultureInfo.InvariantCulture)}. Ask for a page explicitly (Page(...) in the fluent client).",
                    HubRules.UnpaginatedListHelp));
            }
            if (query.TryGetValue("size", out var sizes) && sizes.Count == 1
                && int.TryParse(sizes[0], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var size) && size > endpoint.MaxPageSize)
            {
                (found ??= []).Add(new Diagnostic(HubRules.PageOutOfRange,
                    $"{Call(endpoint)} was called with size {size.ToString(CultureInfo.InvariantCulture)}, above its maximum of " +
                    $"{endpoint.MaxPageSize.ToString(CultureInfo.InvariantCulture)}; the server clamps it, so fewer items come back than asked for.",
                    HubRules.PageOutOfRangeHelp));
            }
        }
        return found ?? (IReadOnlyList<Diagnostic>)[];
    }

    private static string Call(HubEndpoint endpoint) => $"{endpoint.Method} {endpoint.PathTemplate}";
}
