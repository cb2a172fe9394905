using Microsoft.CodeAnalysis;

namespace KipuHub.Analyzers;

/// <summary>Every KipuHub diagnostic, in one place. IDs and help links come from <see cref="HubRules"/>.</summary>
internal static class DiagnosticDescriptors
{
    private const string Usage = "Usage";
    private const string Reliability = "Reliability";
    private const string Security = "Security";

    /// <summary>The .editorconfig key that tells KH0001 the project's clients carry an OrganizationId.</summary>
    public const string OrganizationScopeOption = "kipuhub.organization_scope";

    /// <summary>The value of <see cref="OrganizationScopeOption"/> that silences KH0001.</summary>
    public const string ClientDefaultScope = "client_default";

    /// <summary>The .editorconfig key listing token literals KH0005 accepts, for example the fake server's <c>demo-token</c>.</summary>
    public const string AllowedTokensOption = "kipuhub.allowed_tokens";

    public static readonly DiagnosticDescriptor KH0001_UnscopedCall = new DiagnosticDescriptor(
        HubRules.UnscopedCall,
        "Hub call without a scope decision",
        "{0} runs {1} in the '{2}' namespace without choosing an organization or the personal account, so the account it acts on depends on the client. Add .InOrg(organizationId), or .InPersonalAccount() if the personal account is meant.",
        Usage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Organization-scopable endpoints act on whatever account the X-OrganizationId header names. A call that neither calls InOrg(...) nor InPersonalAccount() silently depends on the client's default.",
        helpLinkUri: HubRules.UnscopedCallHelp);

    public static readonly DiagnosticDescriptor KH0002_UnpaginatedList = new DiagnosticDescriptor(
        HubRules.UnpaginatedList,
        "Paged list read without Page(...)",
        "{0} reads only the first page of {1} in the '{2}' namespace, so the server returns at most {3} items and drops the rest without a word. Add .Page(0, {3}) to read one page on purpose, or use AllAsync() to read every page.",
        Reliability,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "A paged endpoint answers with its default page size when no page is asked for. ListAsync without Page(...) looks like it reads everything but reads one page.",
        helpLinkUri: HubRules.UnpaginatedListHelp);

    public static readonly DiagnosticDescriptor KH0003_UntranslatableQuery = new DiagnosticDescriptor(
        HubRules.UntranslatableQuery,
        "Filter or sort the API cannot translate",
        "{0}({1}) cannot be sent to {2} in the '{3}' namespace: {4}. {5}; rewrite the lambda to use only these.",
        Usage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Where and OrderBy lambdas become query parameters; KipuHub never filters on the client. A lambda the runtime translator rejects throws NotSupportedException when the query is built.",
        helpLinkUri: HubRules.UntranslatableQueryHelp);

    public static readonly DiagnosticDescriptor KH0004_PageOutOfRange = new DiagnosticDescriptor(
        HubRules.PageOutOfRange,
        "Page index or size out of range",
        "Page({0}, {1}) is out of range for {2} in the '{3}' namespace: {4}. Pass a page index from 0 and a size from 1 to {5}.",
        Usage,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Page indexes start at 0 and sizes run from 1 to the endpoint's maximum; Page(...) throws ArgumentOutOfRangeException otherwise.",
        helpLinkUri: HubRules.PageOutOfRangeHelp);

    public static readonly DiagnosticDescriptor KH0005_HardCodedToken = new DiagnosticDescriptor(
        HubRules.HardCodedToken,
        "Hard-coded access token",
        "A hard-coded token flows into {0}, so anyone who can read the source or the binary can act with it. Read it from the {1} environment variable or from configuration instead.",
        Security,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Personal access tokens are credentials. Keep them out of source code.",
        helpLinkUri: HubRules.HardCodedTokenHelp);

    public static readonly DiagnosticDescriptor KH0006_QueryNeverExecuted = new DiagnosticDescriptor(
        HubRules.QueryNeverExecuted,
        "Hub query or command never executed",
        "{0} ({1}) {2}. Await the call or keep its result, or delete the statement.",
        Reliability,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Fluent queries and commands are immutable descriptions of a request; only a terminal such as ListAsync or SendAsync sends them, and a Task that is neither awaited nor kept hides the outcome.",
        helpLinkUri: HubRules.QueryNeverExecutedHelp);
}
