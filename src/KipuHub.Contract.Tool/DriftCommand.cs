using KipuHub.Contract.Tool.Diff;
using KipuHub.Contract.Tool.Reading;
using KipuHub.Contract.Tool.Report;

namespace KipuHub.Contract.Tool;

/// <summary>
/// <c>kipuhub-contract diff &lt;openapi.json|openapi.yaml|url&gt; [--accept FILE] [--output FILE]</c>. Exit codes: 0 no
/// drift (accepted differences aside), 1 drift, 2 bad input.
/// </summary>
internal static class DriftCommand
{
    public const int NoDrift = 0;
    public const int Drift = 1;
    public const int BadInput = 2;

    public const string Usage = """
        Usage: kipuhub-contract diff <openapi.json|openapi.yaml|url> [--accept known-differences.txt] [--output report.md]

        Compares KipuHub's contract (HubCatalog) with an OpenAPI 3.0 or 3.1 document of the qc-catalog API, for example
        https://api.hub.kipu-quantum.com/qc-catalog/docs, and prints a markdown report grouped by namespace and evidence level.

          --accept FILE   known differences, one report key per line (# comments allowed): reported as accepted, not drift
          --output FILE   write the report to FILE instead of standard output

        Exit codes: 0 no drift, 1 drift, 2 bad input.
        """;

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, HttpClient? http = null, CancellationToken cancellationToken = default)
    {
        if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
        {
            (args.Length == 0 ? error : output).WriteLine(Usage);
            return args.Length == 0 ? BadInput : NoDrift;
        }
        try
        {
            var options = Parse(args);
            var accepted = options.Accept is null ? Acceptances.None : await ReadAcceptancesAsync(options.Accept, cancellationToken);
            var loaded = await DocumentLoader.LoadAsync(options.Source, http, cancellationToken);
            foreach (var warning in loaded.Warnings.Take(20))
            {
                error.WriteLine($"kipuhub-contract: warning: {loaded.Source}: {warning}");
            }
            var result = DriftChecker.Compare(loaded.Document);
            var report = MarkdownReport.Write(result, accepted, loaded.Source, loaded.Version);
            var drift = result.Differences.Count(d => !accepted.Accepts(d.Key));
            if (options.Output is { } path)
            {
                try
                {
                    await File.WriteAllTextAsync(path, report, cancellationToken);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    throw new InputException($"--output {path} could not be written: {e.Message}", e);
                }
                output.WriteLine(drift == 0 ? $"No drift; report written to {path}." : $"Drift: {drift} difference(s); report written to {path}.");
            }
            else
            {
                output.Write(report);
            }
            return drift == 0 ? NoDrift : Drift;
        }
        catch (InputException e)
        {
            error.WriteLine($"kipuhub-contract: {e.Message}");
            return BadInput;
        }
    }

    private sealed record Options(string Source, string? Accept, string? Output);

    private static Options Parse(string[] args)
    {
        if (args[0] != "diff")
        {
            throw new InputException($"unknown command '{args[0]}'; the command is 'diff'.{Environment.NewLine}{Usage}");
        }
        string? source = null, accept = null, output = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--accept":
                    accept = Value(args, ref i);
                    break;
                case "--output":
                    output = Value(args, ref i);
                    break;
                case var flag when flag.StartsWith('-') && flag.Length > 1:
                    throw new InputException($"unknown flag '{flag}'; accepted: --accept FILE, --output FILE.{Environment.NewLine}{Usage}");
                case var positional when source is null:
                    source = positional;
                    break;
                default:
                    throw new InputException($"one document only; got '{source}' and '{args[i]}'.{Environment.NewLine}{Usage}");
            }
        }
        return source is null
            ? throw new InputException($"diff needs a document: {DocumentLoader.Accepted}.{Environment.NewLine}{Usage}")
            : new Options(source, accept, output);
    }

    private static string Value(string[] args, ref int i) => i + 1 < args.Length && !args[i + 1].StartsWith("--", StringComparison.Ordinal)
        ? args[++i]
        : throw new InputException($"{args[i]} needs a file name.{Environment.NewLine}{Usage}");

    private static async Task<Acceptances> ReadAcceptancesAsync(string path, CancellationToken cancellationToken)
    {
        try
        {
            return Acceptances.Parse(await File.ReadAllLinesAsync(path, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputException($"--accept {path} could not be read ({e.Message}); expected a text file of report keys, one per line, # for comments.", e);
        }
    }
}
