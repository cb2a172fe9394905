using System.Text;
using KipuHub.Contract.Tool.Diff;

namespace KipuHub.Contract.Tool.Report;

/// <summary>
/// The report: a summary, then the differences grouped by namespace and evidence level, each as its key in backticks
/// (copy it into an acceptance file as it is), accepted ones marked, then stale acceptances.
/// </summary>
internal static class MarkdownReport
{
    public static string Write(DriftResult result, Acceptances accepted, string source, string version)
    {
        var open = result.Differences.Where(d => !accepted.Accepts(d.Key)).ToList();
        var stale = accepted.Stale(result.Differences.Select(d => d.Key));
        var text = new StringBuilder();
        text.AppendLine("# KipuHub contract drift").AppendLine();
        text.AppendLine($"Compared HubCatalog ({result.CatalogEndpoints} endpoints) with {source} (OpenAPI {version}, {result.ApiOperations} operations"
            + (result.Surface.BasePath.Length > 0 ? $" below {result.Surface.BasePath}" : "") + $"); {result.Matched} matched.");
        if (result.Surface.OtherPaths.Count > 0)
        {
            text.AppendLine($"{result.Surface.OtherPaths.Count} path(s) outside {result.Surface.BasePath} were not compared.");
        }
        text.AppendLine();
        text.AppendLine(open.Count == 0
            ? $"**No drift.** {result.Differences.Count - open.Count} accepted difference(s), {stale.Count} stale acceptance(s)."
            : $"**Drift: {open.Count} difference(s)**, {result.Differences.Count - open.Count} accepted, {stale.Count} stale acceptance(s).");
        foreach (var byNamespace in result.Differences.GroupBy(d => d.Group.Namespace).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            text.AppendLine().AppendLine($"## {byNamespace.Key}");
            foreach (var byEvidence in byNamespace.GroupBy(d => d.Group).OrderBy(g => g.Key.EvidenceOrder))
            {
                text.AppendLine().AppendLine($"### {byEvidence.Key.Evidence}").AppendLine();
                foreach (var difference in byEvidence)
                {
                    var mark = accepted.Accepts(difference.Key) ? " (accepted)" : "";
                    var detail = difference.Detail is null ? "" : $" {difference.Detail}";
                    text.AppendLine($"- `{difference.Key}`{mark}{detail}");
                }
            }
        }
        if (stale.Count > 0)
        {
            text.AppendLine().AppendLine("## Stale acceptances").AppendLine();
            text.AppendLine("These accepted lines match no difference any more; remove them from the acceptance file (they do not fail the check).").AppendLine();
            foreach (var (line, key) in stale)
            {
                text.AppendLine($"- line {line}: `{key}`");
            }
        }
        return text.ToString();
    }
}
