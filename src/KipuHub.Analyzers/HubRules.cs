namespace KipuHub.Analyzers;

/// <summary>
/// The KipuHub rule IDs and their documentation pages. The fake server's strict mode reports the same IDs and links:
/// this file is compiled into both assemblies, so the two can never disagree.
/// </summary>
internal static class HubRules
{
    public const string DocsBase = KipuHubRepository.Url + "/blob/main/docs/rules/";

    public const string UnscopedCall = "KH0001";
    public const string UnpaginatedList = "KH0002";
    public const string UntranslatableQuery = "KH0003";
    public const string PageOutOfRange = "KH0004";
    public const string HardCodedToken = "KH0005";
    public const string QueryNeverExecuted = "KH0006";

    public const string UnscopedCallHelp = DocsBase + UnscopedCall + ".md";
    public const string UnpaginatedListHelp = DocsBase + UnpaginatedList + ".md";
    public const string UntranslatableQueryHelp = DocsBase + UntranslatableQuery + ".md";
    public const string PageOutOfRangeHelp = DocsBase + PageOutOfRange + ".md";
    public const string HardCodedTokenHelp = DocsBase + HardCodedToken + ".md";
    public const string QueryNeverExecutedHelp = DocsBase + QueryNeverExecuted + ".md";
}
