using KipuHub.Contract.Tool.Model;
using KipuHub.Contract.Tool.Reading;

namespace KipuHub.Contract.Tool.Diff;

/// <summary>Path parameters (by position: their names are compared with the path) and query parameters (by name).</summary>
internal static class ParameterDiff
{
    public static void Compare(EndpointPair pair, DiffContext context)
    {
        var (client, api) = (pair.Client, pair.Api);
        var group = DiffGroup.Of(client.Entry);
        var apiNames = PathTemplates.ParameterNames(api.Path);
        for (var i = 0; i < client.PathParameters.Count && i < apiNames.Count; i++)
        {
            var ours = client.PathParameters[i];
            var theirs = api.PathParameters.FirstOrDefault(p => p.Name == apiNames[i]);
            if (theirs is not null && !ours.Type.Fits(theirs.Type))
            {
                context.Add(group, $"{client.Id} path parameter {ours.Name}: type KipuHub {ours.Type}, API {theirs.Type}");
            }
        }
        foreach (var ours in client.QueryParameters)
        {
            var theirs = api.QueryParameters.FirstOrDefault(p => p.Name == ours.Name);
            if (theirs is null)
            {
                context.Add(group, $"{client.Id} query {ours.Name}: only in KipuHub", $"KipuHub sends {ours.Name} ({ours.Type}); the document does not declare it.");
                continue;
            }
            if (!ours.Type.Fits(theirs.Type))
            {
                context.Add(group, $"{client.Id} query {ours.Name}: type KipuHub {ours.Type}, API {theirs.Type}");
            }
            if (ours.Required != theirs.Required)
            {
                context.Add(group, $"{client.Id} query {ours.Name}: required {(theirs.Required ? "in the API only" : "in KipuHub only")}");
            }
        }
        foreach (var theirs in api.QueryParameters.Where(p => client.QueryParameters.All(c => c.Name != p.Name)))
        {
            context.Add(group, $"{client.Id} query {theirs.Name}: only in the API",
                $"{(theirs.Required ? "Required" : "Optional")} {theirs.Type}; KipuHub never sends it.");
        }
    }
}
