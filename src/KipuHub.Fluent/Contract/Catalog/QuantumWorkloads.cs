using KipuHub.Models;

namespace KipuHub.Contract;

// The quantum_workloads namespace: the quantum jobs of every account of the caller together (a cross-organization
// view, so global); costs only where the caller is OWNER.
public static partial class HubCatalog
{
    /// <summary>Lists the quantum workloads of every account of the caller, a page at a time.</summary>
    [HubEndpoint("quantum_workloads", "GET", "/quantum-workloads", Shape = HubResultShape.Page, Result = typeof(QuantumWorkload),
        Scope = HubScope.Global, Evidence = HubEvidence.Modelled,
        Summary = "Lists the quantum workloads of every account of the caller, a page at a time.")]
    [HubQueryParameter("from")]
    [HubQueryParameter("to")]
    [HubFilter(nameof(QuantumWorkload.Backend), "backend")]
    [HubSort(nameof(QuantumWorkload.CreatedAt), "createdAt")]
    [HubSort(nameof(QuantumWorkload.Cost), "cost")]
    public static HubEndpoint QuantumWorkloadsList => Entry();

    /// <summary>Totals of the caller's quantum workloads per account and backend.</summary>
    [HubEndpoint("quantum_workloads", "GET", "/quantum-workloads/summary", Result = typeof(QuantumWorkloadSummary),
        Scope = HubScope.Global, Evidence = HubEvidence.Modelled,
        Summary = "Totals of the caller's quantum workloads per account and backend.")]
    [HubQueryParameter("from")]
    [HubQueryParameter("to")]
    public static HubEndpoint QuantumWorkloadsSummary => Entry();
}
