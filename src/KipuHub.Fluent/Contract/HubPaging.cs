namespace KipuHub.Contract;

/// <summary>Paging limits of the qc-catalog API (Spring's defaults, modelled: docs/contract.md#parameters-and-limits).</summary>
public static class HubPaging
{
    /// <summary>The page size the server uses when a request names none.</summary>
    public const int DefaultPageSize = 20;

    /// <summary>The largest page size the server honours; larger sizes are clamped to it.</summary>
    public const int MaxPageSize = 2000;
}
