namespace KipuHub.Contract.Tool.Model;

/// <summary>A path or query parameter as one side describes it.</summary>
internal sealed record ContractParameter(string Name, WireType Type, bool Required);
