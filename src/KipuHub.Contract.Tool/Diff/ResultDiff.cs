namespace KipuHub.Contract.Tool.Diff;

/// <summary>The success answer: page envelope, plain array, single object, empty, text or binary; then its item schema.</summary>
internal static class ResultDiff
{
    public static void Compare(EndpointPair pair, DiffContext context)
    {
        var (client, api) = (pair.Client, pair.Api);
        var group = DiffGroup.Of(client.Entry);
        var ours = client.Entry.Shape;
        if (api.Result.Shape != ours)
        {
            context.Add(group, $"{client.Id} result: KipuHub {Label(ours)}, API {Label(api.Result.Shape)}",
                api.Result.ContentType is { } type ? $"The document answers {type}." : null);
            return;
        }
        if (ours is HubResultShape.Page or HubResultShape.Array or HubResultShape.Single && client.Entry.ResultType is { } result)
        {
            SchemaDiff.CompareValue(result, api.Result.Schema, ours == HubResultShape.Single ? $"{client.Id} result" : $"{client.Id} result items", group, context);
        }
    }

    public static string Label(HubResultShape? shape) => shape switch
    {
        HubResultShape.Page => "page",
        HubResultShape.Array => "array",
        HubResultShape.Single => "single object",
        HubResultShape.Empty => "no body",
        HubResultShape.Binary => "binary",
        HubResultShape.Text => "text",
        _ => "no success answer",
    };
}
