using KipuHub.FakeServer.Store;
using KipuHub.Models;

namespace KipuHub.FakeServer.Namespaces.QuantumWorkloads;

/// <summary>
/// A quantum job of a tenant on a quantum backend. It runs from <see cref="CreatedAt"/> to <see cref="EndsAt"/> and then
/// ends with <see cref="Outcome"/>; the status is read at the fake's now (<see cref="StatusAt"/>). It stores no amount:
/// its cost is <see cref="QuantumBackends.Cost"/> of its shots, as the ledger derives it.
/// </summary>
internal sealed record QuantumWorkloadRecord
{
    public string Id { get; init; } = string.Empty;

    public string TenantId { get; init; } = string.Empty;

    public string Backend { get; init; } = string.Empty;

    public int Shots { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset EndsAt { get; init; }

    /// <summary>SUCCEEDED, FAILED or CANCELLED: how the workload ends at <see cref="EndsAt"/>.</summary>
    public ExecutionStatus Outcome { get; init; }

    public ExecutionStatus StatusAt(DateTimeOffset now) => now < EndsAt ? ExecutionStatus.Running : Outcome;
}

/// <summary>The quantum backends of the fake and their price per shot (docs/contract.md#quantum-workloads).</summary>
internal static class QuantumBackends
{
    public sealed record BackendInfo(string Name, string Provider, bool IsSimulator, decimal PricePerShot);

    public static IReadOnlyList<BackendInfo> All { get; } =
    [
        new("ibm_qasm_simulator", "IBM", true, 0.0001m),
        new("ibm_brisbane", "IBM", false, 0.0160m),
        new("ibm_kyiv", "IBM", false, 0.0160m),
        new("ionq_simulator", "IONQ", true, 0.0002m),
        new("ionq_aria", "IONQ", false, 0.0300m),
        new("aqt_simulator", "AQT", true, 0.0001m),
        new("aqt_ibex", "AQT", false, 0.0250m),
    ];

    public static BackendInfo Of(string name) => All.FirstOrDefault(b => b.Name == name) ?? new(name, "UNKNOWN", true, 0m);

    /// <summary>What a workload costs once it has ended SUCCEEDED: its shots times the backend's price, to the cent; otherwise 0.</summary>
    public static decimal Cost(QuantumWorkloadRecord workload, DateTimeOffset now) =>
        workload.StatusAt(now) == ExecutionStatus.Succeeded ? Billing.Ledger.Cents(workload.Shots * Of(workload.Backend).PricePerShot) : 0m;
}
