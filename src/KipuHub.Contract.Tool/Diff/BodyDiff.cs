using KipuHub.Contract.Tool.Reading;

namespace KipuHub.Contract.Tool.Diff;

/// <summary>The request body: present or absent, its content type, and its schema (a DTO, or the parts of a multipart form).</summary>
internal static class BodyDiff
{
    public static void Compare(EndpointPair pair, DiffContext context)
    {
        var (client, api) = (pair.Client, pair.Api);
        var group = DiffGroup.Of(client.Entry);
        var ours = client.BodyContentType;
        if (ours is null && api.Body is null)
        {
            return;
        }
        if (ours is null)
        {
            context.Add(group, $"{client.Id} body: only in the API", $"The document takes {string.Join(", ", api.Body!.ContentTypes)}; KipuHub sends no body.");
            return;
        }
        if (api.Body is null)
        {
            context.Add(group, $"{client.Id} body: only in KipuHub", $"KipuHub sends {ours}; the document declares no request body.");
            return;
        }
        var match = api.Body.ContentTypes.FirstOrDefault(t => string.Equals(t.Split(';')[0].Trim(), ours, StringComparison.OrdinalIgnoreCase));
        if (match is null)
        {
            context.Add(group, $"{client.Id} body: content type KipuHub {ours}, API {string.Join(", ", api.Body.ContentTypes.Order(StringComparer.Ordinal))}");
            return;
        }
        var schema = api.Body.ContentTypes.Count == 1 ? api.Body.Schema : null;
        if (client.Entry.Body == HubBodyKind.Json && client.Entry.RequestType is { } request)
        {
            SchemaDiff.CompareValue(request, schema ?? api.Body.Schema, $"{client.Id} body", group, context);
        }
        else if (client.Entry.Body == HubBodyKind.Multipart)
        {
            var parts = ApiSchemas.PropertiesOf(schema ?? api.Body.Schema);
            var required = ApiSchemas.Unwrap(schema ?? api.Body.Schema)?.Required ?? new HashSet<string>();
            foreach (var part in client.Entry.Parts)
            {
                if (!parts.ContainsKey(part.Name))
                {
                    context.Add(group, $"{client.Id} body part {part.Name}: only in KipuHub");
                }
                else if (part.Required != required.Contains(part.Name))
                {
                    context.Add(group, $"{client.Id} body part {part.Name}: required {(part.Required ? "in KipuHub only" : "in the API only")}");
                }
            }
            foreach (var name in parts.Keys.Where(n => client.Entry.Parts.All(p => p.Name != n)))
            {
                context.Add(group, $"{client.Id} body part {name}: only in the API");
            }
        }
    }
}
